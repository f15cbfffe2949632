package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.admin.client.HydraClientBody;
import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.application.authorization.LoginRequestView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Hydra's {@code OAuth2LoginRequest}: what the login app needs to authenticate the user. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginRequestBody(
        @JsonProperty("challenge") String challenge,
        @JsonProperty("client") HydraClientBody client,
        @JsonProperty("request_url") String requestUrl,
        @JsonProperty("requested_scope") List<String> requestedScope,
        @JsonProperty("requested_access_token_audience") List<String> requestedAccessTokenAudience,
        @JsonProperty("session_id") @Nullable String sessionId,
        @JsonProperty("skip") boolean skip,
        @JsonProperty("subject") String subject,
        @JsonProperty("oidc_context") OidcContextBody oidcContext,
        @JsonProperty("context") @Nullable Map<String, String> context) {

    public static LoginRequestBody from(LoginRequestView view) {
        return new LoginRequestBody(view.challenge(), view.client().map(HydraClients::body).orElse(HydraClients.NONE),
                view.requestUrl(), view.requestedScope(), view.requestedAudience(), view.sessionId().orElse(null),
                view.skip(), view.subject(), OidcContextBody.from(view.oidcContext()),
                view.context().isEmpty() ? null : view.context());
    }
}
