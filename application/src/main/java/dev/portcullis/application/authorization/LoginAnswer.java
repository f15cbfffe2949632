package dev.portcullis.application.authorization;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The login app's acceptance of a login request (ORY Hydra's {@code AcceptOAuth2LoginRequest}).
 *
 * @param rememberFor seconds; zero for the browser session
 */
public record LoginAnswer(String subject, boolean remember, long rememberFor, Optional<String> acr, List<String> amr,
                          Map<String, Object> context) {

    public LoginAnswer {
        Objects.requireNonNull(acr, "acr");
        amr = List.copyOf(amr);
        context = context == null ? Map.of() : context;
    }
}
