package dev.portcullis.domain.token;

import dev.portcullis.domain.text.Characters;

import java.util.Base64;
import java.util.Objects;

/**
 * Identifies one grant: every token issued from one token request, and from refreshing them, carries the
 * same id, so that revoking a refresh token or reusing a code can revoke the whole family.
 */
public record GrantId(String value) {

    public GrantId {
        Objects.requireNonNull(value, "value");
        if (!Characters.isBase64Url(value, 8, 64)) {
            throw new IllegalArgumentException("a grant id is 8 to 64 base64url characters");
        }
    }

    /** How many random bytes follow the millisecond in a new id. */
    public static final int RANDOM_BYTES = 10;

    /**
     * A new id: the issuing millisecond as 12 hex digits, then {@link #RANDOM_BYTES} random bytes (80 bits).
     * Grant ids are indexed for revoking a family; ids that sort by time land next to each other in that
     * index, where random ones would each touch a page of their own.
     */
    public static GrantId startingAt(long epochMillis, byte[] random) {
        if (random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("a grant id takes " + RANDOM_BYTES + " random bytes");
        }
        return new GrantId(String.format("%012x", epochMillis) + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    @Override
    public String toString() {
        return value;
    }
}
