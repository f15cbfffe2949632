package dev.portcullis.application.authorization;

import dev.portcullis.domain.authorization.AuthorizationRequest;
import dev.portcullis.domain.authorization.ClaimsRequest;
import dev.portcullis.domain.client.JsonDocument;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The OpenID Connect parameters of the authorization request that the login and consent app may act on.
 *
 * @param idTokenHintClaims the claims of a valid {@code id_token_hint}, empty without one
 * @param claims            the {@code claims} parameter (OIDC Core §5.5), for the consent app to grant what it asks
 */
public record OidcContext(List<String> acrValues, Optional<String> display, JsonDocument idTokenHintClaims,
                          Optional<String> loginHint, List<String> uiLocales, ClaimsRequest claims) {

    public OidcContext {
        acrValues = List.copyOf(acrValues);
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(idTokenHintClaims, "idTokenHintClaims");
        Objects.requireNonNull(loginHint, "loginHint");
        uiLocales = List.copyOf(uiLocales);
        Objects.requireNonNull(claims, "claims");
    }

    static OidcContext of(AuthorizationRequest request, IdTokenHints hints) {
        return new OidcContext(request.acrValues(), request.display(),
                request.idTokenHint().flatMap(hints::claims).orElse(JsonDocument.EMPTY), request.loginHint(),
                request.uiLocales(), request.claims());
    }
}
