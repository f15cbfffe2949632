package dev.portcullis.adapters.rest.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.serde.annotation.Serdeable;

/** The RFC 6749 §5.2 error response body. */
@Serdeable
public record OAuthErrorBody(@JsonProperty("error") String error, @JsonProperty("error_description") String errorDescription) {

    public static OAuthErrorBody from(OAuthError error) {
        return new OAuthErrorBody(error.code().value(), error.description());
    }
}
