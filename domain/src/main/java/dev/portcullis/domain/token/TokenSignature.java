package dev.portcullis.domain.token;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A keyed hash of a token string: how a token record is found. The token itself is never stored, so a
 * copy of the database holds no token a client could present.
 */
public record TokenSignature(String value) {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    public TokenSignature {
        Objects.requireNonNull(value, "value");
        if (!BASE64URL.matcher(value).matches()) {
            throw new IllegalArgumentException("a token signature is 16 to 128 base64url characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
