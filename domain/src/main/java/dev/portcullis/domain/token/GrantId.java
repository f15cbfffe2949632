package dev.portcullis.domain.token;

import dev.portcullis.domain.text.Characters;

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

    @Override
    public String toString() {
        return value;
    }
}
