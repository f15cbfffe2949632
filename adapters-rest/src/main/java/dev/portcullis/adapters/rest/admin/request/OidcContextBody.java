package dev.portcullis.adapters.rest.admin.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.application.authorization.OidcContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * Hydra's {@code OAuth2ConsentRequestOpenIDConnectContext}: what the authorization request said about the user;
 * and, this server's extension, the request's {@code claims} parameter (OIDC Core §5.5) when it had one.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OidcContextBody(
        @JsonProperty("acr_values") List<String> acrValues,
        @JsonProperty("display") @Nullable String display,
        @JsonProperty("id_token_hint_claims") Map<String, Object> idTokenHintClaims,
        @JsonProperty("login_hint") @Nullable String loginHint,
        @JsonProperty("ui_locales") List<String> uiLocales,
        @JsonProperty("claims") @Nullable Map<String, Object> claims) {

    static OidcContextBody from(OidcContext context) {
        return new OidcContextBody(context.acrValues(), context.display().orElse(null),
                context.idTokenHintClaims().members(), context.loginHint().orElse(null), context.uiLocales(),
                context.claims().isEmpty() ? null : context.claims().document().members());
    }
}
