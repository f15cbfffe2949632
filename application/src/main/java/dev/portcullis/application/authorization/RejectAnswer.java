package dev.portcullis.application.authorization;

import dev.portcullis.domain.authorization.Rejection;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.util.Objects;
import java.util.Optional;

/**
 * A login or consent app's rejection of the request with {@code challenge} (ORY Hydra's
 * {@code RejectOAuth2Request}).
 *
 * @param error      the error code for the client; {@code access_denied} when empty
 * @param statusCode an HTTP status for the error; 403 when empty
 */
public record RejectAnswer(String challenge, Optional<String> error, Optional<String> description,
                           Optional<String> hint, Optional<Integer> statusCode) {

    public RejectAnswer {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(statusCode, "statusCode");
    }

    /** The rejection the flow records. @throws OAuthException {@code invalid_request} for a malformed code or status */
    Rejection toRejection() {
        ErrorCode code;
        try {
            code = new ErrorCode(error.filter(e -> !e.isEmpty()).orElse(ErrorCode.ACCESS_DENIED.value()));
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("error must be printable ASCII without '\"' or '\\'");
        }
        int status = statusCode.orElse(403);
        if (status < 400 || status > 599) {
            throw OAuthException.invalidRequest("status_code must be an HTTP error status (400 to 599)");
        }
        return new Rejection(code, description, hint, status);
    }
}
