package dev.portcullis.application.port;

import dev.portcullis.domain.token.TokenSignature;

import java.util.Optional;

/**
 * A keyed hash (a MAC under a key derived from the system secret) of presented credentials: token
 * strings, whose records are found by it, and presented client secrets, which key the cache of verified
 * ones. Deterministic for one key; without the key a digest reveals nothing usable.
 */
public interface TokenDigest {

    /**
     * The longest string a caller may present as a token, code, challenge, verifier or cookie that is worth
     * hashing: far above anything this server issues (a JWT access token is well under 2 KB), so that a
     * hostile megabyte is never hashed.
     */
    int LONGEST_PRESENTED = 8192;

    TokenSignature digest(String token);

    /**
     * The digest of a value someone presented, to look up what it names; empty when it is missing, empty or
     * longer than {@link #LONGEST_PRESENTED}, which no value of this server is.
     */
    default Optional<TokenSignature> digestPresented(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > LONGEST_PRESENTED) {
            return Optional.empty();
        }
        return Optional.of(digest(presented));
    }
}
