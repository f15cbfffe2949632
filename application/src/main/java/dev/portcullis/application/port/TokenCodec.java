package dev.portcullis.application.port;

import dev.portcullis.domain.key.SigningKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs and verifies compact JWS tokens (RFC 7515) with the server's keys. Claims are plain Java JSON
 * values: {@code String}, {@code Boolean}, {@code Number}, {@code List} and {@code Map<String, ?>}.
 */
public interface TokenCodec {

    /**
     * Signs {@code claims} with {@code key}; the header carries {@code alg}, {@code kid} and
     * {@code typ} = {@code type} (for example {@code at+jwt}, RFC 9068 §2.1).
     */
    String sign(SigningKey key, String type, Map<String, Object> claims);

    /**
     * The claims of {@code token} if it is a well-formed JWS whose {@code kid} names one of {@code keys}
     * and whose signature that key verifies; empty otherwise (never throws for bad input). Expiry and
     * other claims are the caller's to check.
     */
    Optional<Map<String, Object>> verify(String token, List<SigningKey> keys);
}
