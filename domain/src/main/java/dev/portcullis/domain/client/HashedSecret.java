package dev.portcullis.domain.client;

import java.util.Objects;

/** The stored form of a client secret, in whatever self-describing encoding the secret hasher produced. */
public record HashedSecret(String encoded) {

    public HashedSecret {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("a hashed secret is not blank");
        }
    }

    @Override
    public String toString() {
        return "HashedSecret[***]";
    }
}
