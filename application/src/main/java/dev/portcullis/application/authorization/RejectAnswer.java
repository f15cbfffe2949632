package dev.portcullis.application.authorization;

import java.util.Objects;
import java.util.Optional;

/**
 * A login or consent app's rejection (ORY Hydra's {@code RejectOAuth2Request}).
 *
 * @param error      the error code for the client; {@code access_denied} when empty
 * @param statusCode an HTTP status for the error; 403 when empty
 */
public record RejectAnswer(Optional<String> error, Optional<String> description, Optional<String> hint,
                           Optional<Integer> statusCode) {

    public RejectAnswer {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(statusCode, "statusCode");
    }
}
