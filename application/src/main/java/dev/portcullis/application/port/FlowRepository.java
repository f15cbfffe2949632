package dev.portcullis.application.port;

import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentedFlow;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores authorization flows: pending login and consent requests, and afterwards the consents they
 * recorded. Every method is atomic on its own; implementations never return null.
 */
public interface FlowRepository {

    /** The keyed hashes a flow is found by, each unique across all flows. */
    enum Key {
        LOGIN_CHALLENGE, LOGIN_VERIFIER, CONSENT_CHALLENGE, CONSENT_VERIFIER, CODE
    }

    /** Stores a new flow. @return false, writing nothing, when its id or one of its hashes is taken */
    boolean add(AuthorizationFlow flow);

    /** The flow with this id (the grant id of its tokens), or empty. */
    Optional<AuthorizationFlow> find(GrantId id);

    /**
     * The consent in force behind a grant: the flow with this id if its consent was given and is neither revoked
     * nor withdrawn. What every refresh, userinfo call and token issued from a flow stands on.
     */
    default Optional<ConsentedFlow> findConsentInForce(GrantId id) {
        return find(id).flatMap(AuthorizationFlow::consented);
    }

    /** The flow whose {@code key} has this hash, or empty. */
    Optional<AuthorizationFlow> findBy(Key key, TokenSignature value);

    /**
     * Replaces the stored flow with {@code next} if the stored one is at version {@code next.version() - 1}.
     *
     * @return false, writing nothing, when the flow is gone or changed since it was read: of two concurrent
     * updates derived from one version exactly one returns true
     */
    boolean update(AuthorizationFlow next);

    /**
     * The flows of {@code subject} whose consent is in force ({@link
     * dev.portcullis.domain.authorization.FlowStage#isConsented()}), of one client or of all, newest first.
     */
    List<AuthorizationFlow> findConsented(String subject, Optional<ClientId> client);

    /**
     * Deletes every flow of the client, pending or consented: a deleted client leaves no consent behind that a
     * client registered later under its id could inherit. @return how many
     */
    int removeClient(ClientId client);

    /** Deletes the flows whose {@code expiresAt} is before {@code notAfter}. @return how many */
    int removeExpired(Instant notAfter);
}
