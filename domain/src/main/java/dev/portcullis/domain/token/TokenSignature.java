package dev.portcullis.domain.token;

import dev.portcullis.domain.text.Characters;

import java.util.Objects;

/**
 * A keyed hash of a token string: how a token record is found. The token itself is never stored, so a
 * copy of the database holds no token a client could present.
 */
public record TokenSignature(String value) {

    public TokenSignature {
        Objects.requireNonNull(value, "value");
        if (!Characters.isBase64Url(value, 16, 128)) {
            throw new IllegalArgumentException("a token signature is 16 to 128 base64url characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
