package dev.portcullis.application.user;

import java.util.Map;
import java.util.Objects;

/**
 * A user of the built-in login app.
 *
 * @param username     what the user types to log in
 * @param subject      the {@code sub} of the user's tokens
 * @param passwordHash the password's hash, in the format of {@link dev.portcullis.application.port.PasswordHasher}
 * @param claims       OpenID Connect claims the built-in consent page grants (for example {@code name}, {@code email})
 */
public record LocalUser(String username, String subject, String passwordHash, Map<String, Object> claims) {

    public LocalUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(passwordHash, "passwordHash");
        claims = Map.copyOf(claims);
        if (username.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("a user has a username and a subject");
        }
    }

    @Override
    public String toString() {
        return "LocalUser[" + username + "]";
    }
}
