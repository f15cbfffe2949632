package dev.portcullis.application.port;

import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.Optional;

/** Stores logout requests. Every method is atomic on its own; implementations never return null. */
public interface LogoutRequestRepository {

    /** Stores a new request. @return false, writing nothing, when its challenge hash is taken */
    boolean add(LogoutRequest request);

    /** The request with this challenge hash, or empty. */
    Optional<LogoutRequest> findByChallenge(TokenSignature challenge);

    /** The request with this verifier hash, or empty. */
    Optional<LogoutRequest> findByVerifier(TokenSignature verifier);

    /**
     * Replaces the stored request with {@code next} if the stored one is at version {@code next.version() - 1}.
     *
     * @return false, writing nothing, when it is gone or changed since it was read
     */
    boolean update(LogoutRequest next);

    /** Deletes the requests that expired before {@code notAfter}. @return how many */
    int removeExpired(Instant notAfter);
}
