package dev.portcullis.domain.key;

import java.util.Arrays;
import java.util.Optional;

/** The JWS algorithms (RFC 7518) this server generates keys for and signs with. */
public enum SigningAlgorithm {
    RS256("RS256", "RSA"),
    ES256("ES256", "EC");

    private final String wireName;
    private final String keyType;

    SigningAlgorithm(String wireName, String keyType) {
        this.wireName = wireName;
        this.keyType = keyType;
    }

    public String wireName() {
        return wireName;
    }

    /** The JWK {@code kty} of keys for this algorithm. */
    public String keyType() {
        return keyType;
    }

    public static Optional<SigningAlgorithm> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }
}
