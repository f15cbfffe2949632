package dev.portcullis.adapters.rest.admin.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.adapters.rest.admin.client.HydraClientBody;
import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.application.authorization.ConsentSessionView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Hydra's {@code OAuth2ConsentSession}: a consent in force, with the request it answered. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentSessionBody(
        @JsonProperty("consent_request") Request consentRequest,
        @JsonProperty("grant_scope") List<String> grantScope,
        @JsonProperty("grant_access_token_audience") List<String> grantAccessTokenAudience,
        @JsonProperty("remember") boolean remember,
        @JsonProperty("remember_for") long rememberFor,
        @JsonProperty("handled_at") String handledAt,
        @JsonProperty("expires_at") @Nullable ExpiresAt expiresAt,
        @JsonProperty("session") Session session) {

    /** The consent request the consent answered. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(@JsonProperty("challenge") String challenge,
                   @JsonProperty("client") HydraClientBody client,
                   @JsonProperty("requested_scope") List<String> requestedScope,
                   @JsonProperty("requested_access_token_audience") List<String> requestedAccessTokenAudience,
                   @JsonProperty("subject") String subject,
                   @JsonProperty("login_session_id") @Nullable String loginSessionId) {
    }

    /** Until when a remembered consent covers new requests. */
    @Serdeable
    record ExpiresAt(@JsonProperty("remember") String remember) {
    }

    /** The claims of the grant's ID tokens and access tokens. */
    @Serdeable
    record Session(@JsonProperty("id_token") Map<String, Object> idToken,
                   @JsonProperty("access_token") Map<String, Object> accessToken) {
    }

    static ConsentSessionBody from(ConsentSessionView view) {
        HydraClientBody client = view.client().map(HydraClients::body).orElseGet(() -> HydraClients.onlyId(view.clientId()));
        return new ConsentSessionBody(
                new Request(view.id(), client, view.requestedScope(), view.requestedAudience(), view.subject(),
                        view.loginSessionId().orElse(null)),
                view.grantScope(), view.grantAudience(), view.remember(), view.rememberFor(), view.handledAt().toString(),
                view.rememberedUntil().map(until -> new ExpiresAt(until.toString())).orElse(null),
                new Session(view.idTokenClaims().members(), view.accessTokenClaims().members()));
    }
}
