package dev.portcullis.adapters.persistence.jdbc.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * The queries on {@code tokens}; one empty sub-interface per dialect makes them concrete. Adding and finding
 * a record sit on the path of every token and introspection request: one statement each, by primary key.
 */
interface TokenRows extends GenericRepository<TokenRow, String> {

    @Query("""
            INSERT INTO tokens (signature, kind, client_id, subject, scope, audience, issued_at, expires_at, grant_id, revoked)
            VALUES (:signature, :kind, :clientId, :subject, :scope, :audience, :issuedAt, :expiresAt, :grantId, :revoked)""")
    int insert(String signature, String kind, String clientId, @Nullable String subject, String scope, String audience,
               long issuedAt, long expiresAt, String grantId, boolean revoked);

    Optional<TokenRow> findById(String signature);

    @Query("UPDATE tokens SET revoked = TRUE WHERE signature = :signature AND revoked = FALSE")
    int revoke(String signature);

    @Query("UPDATE tokens SET revoked = TRUE WHERE grant_id = :grantId AND revoked = FALSE")
    int revokeGrant(String grantId);

    @Query("DELETE FROM tokens WHERE client_id = :clientId")
    int deleteOfClient(String clientId);

    @Query("DELETE FROM tokens WHERE expires_at < :notAfter")
    int deleteExpiredBefore(long notAfter);
}
