package dev.portcullis.application.token;

import dev.portcullis.domain.token.TokenRecord;

import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 7662 introspection answer: the record of an active token, or nothing for any token that is not
 * (expired, revoked, unknown, malformed, or lacking a required scope), so that an inactive answer tells
 * nothing more.
 *
 * @param issuer the {@code iss} of the server's tokens
 */
public record Introspection(Optional<TokenRecord> token, String issuer) {

    public Introspection {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(issuer, "issuer");
    }

    public boolean active() {
        return token.isPresent();
    }
}
