package dev.portcullis.domain.authorization;

import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A remembered authentication: the browser holding the session cookie is {@code subject}'s, authenticated
 * at {@code authenticatedAt}. The cookie carries a random secret; only its keyed hash is stored, and the
 * public {@code id} (the ID token's {@code sid}) is a different value, so a relying party that learns the
 * sid cannot forge the cookie.
 *
 * @param remembered whether the login app asked to remember it; a session that is not remembered still
 *                   names the {@code sid} of its tokens and ends with the flow's browser session
 */
public record LoginSession(
        String id,
        TokenSignature cookie,
        String subject,
        Instant authenticatedAt,
        boolean remembered,
        Instant expiresAt) {

    public LoginSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cookie, "cookie");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (id.isBlank() || subject.isBlank()) {
            throw new IllegalArgumentException("a login session has an id and a subject");
        }
    }

    /** Whether it may stand in for a login at {@code now}, when the login may be at most {@code maxAgeSeconds} old. */
    public boolean admits(Instant now, Optional<Long> maxAgeSeconds) {
        if (!remembered || !now.isBefore(expiresAt)) {
            return false;
        }
        return maxAgeSeconds.map(maxAge -> !authenticatedAt.plusSeconds(maxAge).isBefore(now)).orElse(true);
    }
}
