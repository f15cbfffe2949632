package dev.portcullis.application.user;

import dev.portcullis.domain.client.JsonDocument;

import java.util.Objects;

/**
 * A user of the built-in login app.
 *
 * @param username     what the user types to log in
 * @param subject      the {@code sub} of the user's tokens
 * @param passwordHash the password's hash, in the format of {@link dev.portcullis.application.port.PasswordHasher}
 * @param claims       OpenID Connect claims the built-in consent page grants (for example {@code name}, {@code email}),
 *                     typed as JSON: {@code email_verified} a boolean, {@code updated_at} a number, {@code address} an object
 */
public record LocalUser(String username, String subject, String passwordHash, JsonDocument claims) {

    public LocalUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(claims, "claims");
        if (username.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("a user has a username and a subject");
        }
    }

    @Override
    public String toString() {
        return "LocalUser[" + username + "]";
    }
}
