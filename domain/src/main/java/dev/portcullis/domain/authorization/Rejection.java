package dev.portcullis.domain.authorization;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;

import java.util.Objects;
import java.util.Optional;

/**
 * A login, consent or logout request turned down by the login and consent app. The client gets
 * {@code error} and a description built from {@code error_description} and {@code error_hint}.
 *
 * @param statusCode the HTTP status the app suggests for the error; kept for the admin API
 */
public record Rejection(ErrorCode error, Optional<String> description, Optional<String> hint, int statusCode) {

    public Rejection {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hint, "hint");
        if (statusCode < 400 || statusCode > 599) {
            throw new IllegalArgumentException("a rejection's status code is an HTTP error status");
        }
    }

    /** The error the client receives at its redirect URI. */
    public OAuthError toOAuthError() {
        String text = description.orElse("the request was denied");
        if (hint.isPresent()) {
            text = text + " " + hint.get();
        }
        return new OAuthError(error, text);
    }
}
