package dev.portcullis.adapters.persistence.jdbc.key;

import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import dev.portcullis.domain.key.SigningKey;
import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code signing_keys}, keyed by set and kid (every query names both, so the row declares no
 * single-column id). The public JWK is JSON text; the creation time is epoch milliseconds.
 */
@MappedEntity("signing_keys")
record SigningKeyRow(
        String keySet,
        String kid,
        String algorithm,
        long createdAt,
        String publicJwk,
        String sealedPrivate) {

    private static final Argument<Map<String, String>> JWK = Argument.mapOf(String.class, String.class);

    static SigningKeyRow from(SigningKey key, JsonMapper json) {
        try {
            return new SigningKeyRow(key.set().value(), key.kid().value(), key.algorithm().wireName(),
                    key.createdAt().toEpochMilli(), json.writeValueAsString(JWK, key.publicJwk()), key.sealedPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the public JWK of key " + key.kid(), e);
        }
    }

    SigningKey toDomain(JsonMapper json) {
        SigningAlgorithm alg = SigningAlgorithm.fromWireName(algorithm)
                .orElseThrow(() -> new IllegalStateException("unknown algorithm stored for key " + kid + ": " + algorithm));
        try {
            return new SigningKey(new KeySetName(keySet), new KeyId(kid), alg, Instant.ofEpochMilli(createdAt),
                    json.readValue(publicJwk, JWK), sealedPrivate);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the stored public JWK of key " + kid, e);
        }
    }

    // Sealed or not, private key material stays out of logs.
    @Override
    public String toString() {
        return "SigningKeyRow[keySet=" + keySet + ", kid=" + kid + ", algorithm=" + algorithm + ", createdAt=" + createdAt + "]";
    }
}
