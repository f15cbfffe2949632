package dev.portcullis.adapters.rest.compat.authress;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Authress's error body, {@code {"errorCode", "title"}}, with the core's error code as the {@code errorCode}. On the
 * token route the body also carries RFC 6749 §5.2's {@code error} and {@code error_description}, which OAuth clients
 * read there.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuthressErrorBody(@JsonProperty("errorCode") String errorCode,
                         @JsonProperty("title") String title,
                         @JsonProperty("error") @Nullable String error,
                         @JsonProperty("error_description") @Nullable String errorDescription) {

    static AuthressErrorBody of(OAuthError error) {
        return new AuthressErrorBody(error.code().value(), error.description(), null, null);
    }

    static AuthressErrorBody ofTokenRequest(OAuthError error) {
        return new AuthressErrorBody(error.code().value(), error.description(), error.code().value(), error.description());
    }
}
