package dev.portcullis.application.authorization;

import dev.portcullis.domain.error.OAuthError;
import dev.portcullis.domain.grant.ResponseMode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the authorization or logout endpoint answers a browser, with the cookies to change. */
public sealed interface BrowserResponse {

    List<CookieChange> cookies();

    /**
     * An error that must not go to the client, because the client or its redirect URI could not be trusted:
     * shown on the server's error page.
     */
    record ShowError(OAuthError error, List<CookieChange> cookies) implements BrowserResponse {
        public ShowError {
            Objects.requireNonNull(error, "error");
            cookies = List.copyOf(cookies);
        }
    }

    /** A redirect to a URL the server built: the login, consent, logout or error app, or a logout's end. */
    record Redirect(String location, List<CookieChange> cookies) implements BrowserResponse {
        public Redirect {
            Objects.requireNonNull(location, "location");
            cookies = List.copyOf(cookies);
        }
    }

    /**
     * The authorization response to the client's redirect URI (RFC 6749 §4.1.2), in the requested response
     * mode: a code or an error, with {@code state} and {@code iss}.
     */
    record ToClient(String redirectUri, ResponseMode mode, Map<String, String> parameters, List<CookieChange> cookies)
            implements BrowserResponse {
        public ToClient {
            Objects.requireNonNull(redirectUri, "redirectUri");
            Objects.requireNonNull(mode, "mode");
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            cookies = List.copyOf(cookies);
        }
    }
}
