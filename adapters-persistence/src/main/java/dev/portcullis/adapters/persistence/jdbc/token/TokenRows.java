package dev.portcullis.adapters.persistence.jdbc.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/**
 * The queries on {@code tokens} off the hot path (adding and finding a record are plain JDBC in
 * {@link JdbcTokenRepository}); one empty sub-interface per dialect makes them concrete.
 */
interface TokenRows extends GenericRepository<TokenRow, String> {

    @Query("UPDATE tokens SET revoked = TRUE WHERE signature = :signature AND revoked = FALSE")
    int revoke(String signature);

    @Query("SELECT signature FROM tokens WHERE derived_from = :parent")
    List<String> findDerived(String parent);

    @Query("UPDATE tokens SET revoked = TRUE WHERE grant_id = :grantId AND revoked = FALSE")
    int revokeGrant(String grantId);

    @Query("DELETE FROM tokens WHERE client_id = :clientId")
    int deleteOfClient(String clientId);

    @Query("DELETE FROM tokens WHERE expires_at < :notAfter")
    int deleteExpiredBefore(long notAfter);
}
