package dev.portcullis.application.port;

import dev.portcullis.domain.token.TokenSignature;

/**
 * A keyed hash (a MAC under a key derived from the system secret) of presented credentials: token
 * strings, whose records are found by it, and presented client secrets, which key the cache of verified
 * ones. Deterministic for one key; without the key a digest reveals nothing usable.
 */
public interface TokenDigest {

    TokenSignature digest(String token);
}
