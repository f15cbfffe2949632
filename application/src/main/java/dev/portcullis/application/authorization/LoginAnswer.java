package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.JsonDocument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The login app's acceptance of the login request with {@code challenge} (ORY Hydra's
 * {@code AcceptOAuth2LoginRequest}).
 *
 * @param rememberFor seconds; zero for the browser session
 */
public record LoginAnswer(String challenge, String subject, boolean remember, long rememberFor, Optional<String> acr,
                          List<String> amr, JsonDocument context) {

    public LoginAnswer {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(context, "context");
        amr = List.copyOf(amr);
    }
}
