package dev.portcullis.application.authorization;

import dev.portcullis.domain.error.OAuthException;

import dev.portcullis.domain.text.Characters;

import java.util.Objects;
import java.util.Optional;

/** Which login sessions: the one with id {@code sessionId}, or every one of {@code subject}. */
public record LoginSessionQuery(Optional<String> subject, Optional<String> sessionId) {

    /** @throws OAuthException {@code invalid_request} when neither is given (empty counts as absent) */
    public LoginSessionQuery {
        subject = Objects.requireNonNull(subject, "subject").filter(value -> !value.isEmpty());
        sessionId = Objects.requireNonNull(sessionId, "sessionId").filter(value -> !value.isEmpty());
        if (subject.isEmpty() && sessionId.isEmpty()) {
            throw OAuthException.invalidRequest("subject or sid is required");
        }
        if (subject.filter(Characters::hasControl).isPresent() || sessionId.filter(Characters::hasControl).isPresent()) {
            throw OAuthException.invalidRequest("subject and sid must not hold control characters");
        }
    }
}
