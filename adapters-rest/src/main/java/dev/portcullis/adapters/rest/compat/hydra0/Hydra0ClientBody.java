package dev.portcullis.adapters.rest.compat.hydra0;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.portcullis.adapters.rest.admin.client.HydraClientBody;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A client as both of Hydra's early models read it: the pre-1.0 {@code OAuth2Client} names its identifier
 * {@code id} and marks a client without a secret {@code public: true}; 1.x names it {@code client_id} and says
 * {@code token_endpoint_auth_method: none}. Every member of the 1.x body, with {@code id} and {@code public} too.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Hydra0ClientBody(
        @JsonProperty("id") String id,
        @JsonProperty("public") boolean isPublic,
        @JsonUnwrapped HydraClientBody client) {

    static Hydra0ClientBody of(HydraClientBody client) {
        return new Hydra0ClientBody(client.clientId(), "none".equals(client.tokenEndpointAuthMethod()), client);
    }
}
