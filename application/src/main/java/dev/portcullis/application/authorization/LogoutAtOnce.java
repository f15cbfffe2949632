package dev.portcullis.application.authorization;

import java.util.Objects;
import java.util.Optional;

/**
 * A logout without confirmation.
 *
 * @param browser  the browser's request, for its session cookie
 * @param clientId the client that sends the browser, whose registered URLs {@code returnTo} must be one of
 * @param returnTo where the browser should go afterwards
 */
public record LogoutAtOnce(BrowserRequest browser, Optional<String> clientId, Optional<String> returnTo) {

    public LogoutAtOnce {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(returnTo, "returnTo");
    }
}
