package dev.portcullis.adapters.rest.compat.hydra0;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Hydra's early {@code OAuth2ConsentRequest}, camelCase as the seed writes it: which client asks for which
 * scopes, until when the request waits, and where the consent app sends the browser once it has answered.
 */
@Serdeable
record Hydra0ConsentRequestBody(
        @JsonProperty("id") String id,
        @JsonProperty("clientId") String clientId,
        @JsonProperty("requestedScopes") List<String> requestedScopes,
        @JsonProperty("expiresAt") String expiresAt,
        @JsonProperty("redirectUrl") String redirectUrl) {
}
