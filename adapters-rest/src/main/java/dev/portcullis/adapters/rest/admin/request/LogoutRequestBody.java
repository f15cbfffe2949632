package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.admin.client.HydraClientBody;
import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.application.authorization.LogoutRequestView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Hydra's {@code OAuth2LogoutRequest}: whose session the logout app is asked to end. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogoutRequestBody(
        @JsonProperty("challenge") String challenge,
        @JsonProperty("subject") String subject,
        @JsonProperty("sid") String sid,
        @JsonProperty("request_url") String requestUrl,
        @JsonProperty("rp_initiated") boolean rpInitiated,
        @JsonProperty("client") @Nullable HydraClientBody client) {

    static LogoutRequestBody from(LogoutRequestView view) {
        return new LogoutRequestBody(view.challenge(), view.subject(), view.sessionId(), view.requestUrl(),
                view.rpInitiated(), view.client().map(HydraClients::body).orElse(null));
    }
}
