package dev.portcullis.application.authorization;

import dev.portcullis.domain.error.OAuthError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Errors that must not reach a client: to the configured error app, or the server's own error page. */
final class ErrorPages {

    private ErrorPages() {
    }

    static BrowserResponse show(AuthorizationSettings settings, OAuthError error, List<CookieChange> cookies) {
        if (settings.errorUrl().isEmpty()) {
            return new BrowserResponse.ShowError(error, cookies);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error.code().value());
        parameters.put("error_description", error.description());
        return new BrowserResponse.Redirect(Urls.withQuery(settings.errorUrl().get(), parameters), cookies);
    }
}
