package dev.portcullis.domain.error;

import java.util.Objects;

/**
 * An error code with a short description that is safe to show to the end user: it names the parameter at
 * fault, never echoes a secret and never carries an exception message from below.
 */
public record OAuthError(ErrorCode code, String description) {

    public OAuthError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
