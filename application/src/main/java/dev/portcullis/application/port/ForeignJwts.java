package dev.portcullis.application.port;

import dev.portcullis.domain.client.JsonDocument;

import java.util.Objects;
import java.util.Optional;

/**
 * Reads JWTs that other issuers signed (RFC 7523 assertions), verified with the public keys this server was told
 * to trust for them. Nothing here throws for bad input.
 */
public interface ForeignJwts {

    /** The header and claims of a well-formed compact JWS, its signature not yet checked; empty otherwise. */
    Optional<UnverifiedJwt> read(String token);

    /**
     * The claims of a well-formed unsecured JWT (RFC 7519 §6: header {@code alg} {@code none}, empty signature);
     * empty for anything else, signed JWTs included.
     */
    Optional<JsonDocument> readUnsecured(String token);

    /**
     * Whether the signature of {@code token} verifies with {@code publicKey}. The key decides the algorithm
     * (RFC 8725 §3.1): a header naming another one, {@code none} or an HMAC algorithm never verifies.
     */
    boolean verifies(String token, PublicJwk publicKey);

    /**
     * The key to trust, when {@code jwk} is a well-formed public RSA (RS256, RS384, RS512, PS256…) or EC (ES256,
     * ES384, ES512) key with a {@code kid}; a private, symmetric or otherwise unusable key is empty.
     */
    Optional<PublicJwk> publicKey(JsonDocument jwk);

    /**
     * @param keyId     the header's {@code kid}, when it has one
     * @param algorithm the header's {@code alg}
     */
    record UnverifiedJwt(Optional<String> keyId, String algorithm, JsonDocument claims) {

        public UnverifiedJwt {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** A public JWK without private members, and its {@code kid}. */
    record PublicJwk(String keyId, JsonDocument members) {

        public PublicJwk {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(members, "members");
        }
    }
}
