package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.admin.client.HydraClientBody;
import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.application.authorization.ConsentRequestView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Hydra's {@code OAuth2ConsentRequest}: what the consent app needs to ask the user. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentRequestBody(
        @JsonProperty("challenge") String challenge,
        @JsonProperty("acr") @Nullable String acr,
        @JsonProperty("amr") List<String> amr,
        @JsonProperty("client") HydraClientBody client,
        @JsonProperty("context") Map<String, Object> context,
        @JsonProperty("login_session_id") @Nullable String loginSessionId,
        @JsonProperty("oidc_context") OidcContextBody oidcContext,
        @JsonProperty("request_url") String requestUrl,
        @JsonProperty("requested_scope") List<String> requestedScope,
        @JsonProperty("requested_access_token_audience") List<String> requestedAccessTokenAudience,
        @JsonProperty("skip") boolean skip,
        @JsonProperty("subject") String subject) {

    static ConsentRequestBody from(ConsentRequestView view) {
        return new ConsentRequestBody(view.challenge(), view.acr().orElse(null), view.amr(),
                view.client().map(HydraClients::body).orElse(HydraClients.NONE), view.context().members(),
                view.loginSessionId().orElse(null), OidcContextBody.from(view.oidcContext()), view.requestUrl(),
                view.requestedScope(), view.requestedAudience(), view.skip(), view.subject());
    }
}
