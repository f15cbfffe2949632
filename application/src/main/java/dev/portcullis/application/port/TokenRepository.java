package dev.portcullis.application.port;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the records of issued tokens, keyed by their signature. Every method is atomic on its own;
 * implementations never return null.
 */
public interface TokenRepository {

    /**
     * Stores a new record.
     *
     * @return false, writing nothing, when a record with the same signature exists
     */
    boolean add(TokenRecord token);

    /** The record with this signature, revoked or expired ones included, or empty. */
    Optional<TokenRecord> find(TokenSignature signature);

    /**
     * Marks one record revoked.
     *
     * @return true for exactly one caller when the record existed and was not yet revoked (a conditional
     * update), so that of two concurrent revocations of one token only one sees it change
     */
    boolean revoke(TokenSignature signature);

    /** The signatures of the records whose {@code derivedFrom} is {@code parent}, revoked ones included. */
    List<TokenSignature> findDerived(TokenSignature parent);

    /** Marks every record of the grant revoked. @return how many changed */
    int revokeGrant(GrantId grantId);

    /** Deletes every record of the client, so none of its tokens is active any more. @return how many */
    int removeClient(ClientId clientId);

    /** Deletes the records that expired before {@code notAfter}. @return how many */
    int removeExpired(Instant notAfter);
}
