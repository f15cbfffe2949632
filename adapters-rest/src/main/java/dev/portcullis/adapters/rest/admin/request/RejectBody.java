package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.authorization.RejectAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;

/** Hydra's {@code RejectOAuth2Request}; every member is optional, and so is the body itself. */
@Serdeable
public record RejectBody(
        @JsonProperty("error") @Nullable String error,
        @JsonProperty("error_description") @Nullable String errorDescription,
        @JsonProperty("error_hint") @Nullable String errorHint,
        @JsonProperty("error_debug") @Nullable String errorDebug,
        @JsonProperty("status_code") @Nullable Integer statusCode) {

    /** The body as the app sent it, each member's type checked; an empty body is an empty object. */
    static RejectBody read(JsonMembers in) {
        return new RejectBody(in.string("error").orElse(null), in.string("error_description").orElse(null),
                in.string("error_hint").orElse(null), in.string("error_debug").orElse(null),
                in.wholeNumber("status_code").map(code -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, code)))
                        .orElse(null));
    }

    RejectAnswer answer(String challenge) {
        return new RejectAnswer(challenge, Optional.ofNullable(error), Optional.ofNullable(errorDescription),
                Optional.ofNullable(errorHint), Optional.ofNullable(statusCode));
    }
}
