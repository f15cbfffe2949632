package dev.portcullis.domain.token;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies one grant: every token issued from one token request, and from refreshing them, carries the
 * same id, so that revoking a refresh token or reusing a code can revoke the whole family.
 */
public record GrantId(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public GrantId {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("a grant id is 8 to 64 base64url characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
