package dev.portcullis.domain.trust;

import java.util.Objects;
import java.util.UUID;

/** A trust relationship's identifier: a UUID, as ORY Hydra gives them. */
public record TrustId(String value) {

    public TrustId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a trust relationship id is a UUID");
        }
    }

    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
