package dev.portcullis.application.port;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.key.SigningKey;

import java.util.List;
import java.util.Optional;

/** Signs and verifies compact JWS tokens (RFC 7515) with the server's keys; claims are a JSON object. */
public interface TokenCodec {

    /**
     * Signs {@code claims} with {@code key}; the header carries {@code alg}, {@code kid} and
     * {@code typ} = {@code type} (for example {@code at+jwt}, RFC 9068 §2.1).
     */
    String sign(SigningKey key, String type, JsonDocument claims);

    /**
     * The claims of {@code token} if it is a well-formed JWS whose {@code kid} names one of {@code keys}
     * and whose signature that key verifies; empty otherwise (never throws for bad input). Expiry and
     * other claims are the caller's to check.
     */
    Optional<JsonDocument> verify(String token, List<SigningKey> keys);
}
