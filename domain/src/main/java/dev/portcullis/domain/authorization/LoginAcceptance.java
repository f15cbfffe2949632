package dev.portcullis.domain.authorization;

import dev.portcullis.domain.client.JsonDocument;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The login app's answer that the user is authenticated (Hydra's "accept login request").
 *
 * @param remember        whether a login session cookie remembers the authentication for later requests
 * @param rememberFor     how long it is remembered; zero means for the browser session
 * @param authenticatedAt when the user authenticated: now, or the remembered session's time when skipped
 * @param context         the app's own data, handed on to the consent request
 */
public record LoginAcceptance(
        String subject,
        boolean remember,
        Duration rememberFor,
        Optional<String> acr,
        List<String> amr,
        JsonDocument context,
        Instant authenticatedAt) {

    public LoginAcceptance {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rememberFor, "rememberFor");
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        amr = List.copyOf(amr);
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a login names its subject");
        }
        if (rememberFor.isNegative()) {
            throw new IllegalArgumentException("remember_for is not negative");
        }
    }
}
