package dev.portcullis.application.port;

import java.time.Instant;

/**
 * Remembers the JWT assertions already used (RFC 7523 §3, item 7: by issuer and {@code jti}), where every server
 * sharing the storage sees them, until they expire. Every method is atomic on its own.
 */
public interface AssertionRepository {

    /**
     * Records that the assertion {@code jti} of {@code issuer}, valid until {@code expiresAt}, was used now.
     *
     * @return true for the first use; false, writing nothing, when it was recorded before and has not been removed,
     *         also when two servers record it at the same moment (exactly one of them gets true)
     */
    boolean recordFirstUse(String issuer, String jti, Instant expiresAt);

    /** Forgets the assertions that expired before {@code notAfter}: they cannot be replayed anyway. @return how many */
    int removeExpired(Instant notAfter);
}
