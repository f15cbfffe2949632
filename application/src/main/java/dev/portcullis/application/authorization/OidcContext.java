package dev.portcullis.application.authorization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenID Connect parameters of the authorization request that the login and consent app may act on.
 *
 * @param idTokenHintClaims the claims of a valid {@code id_token_hint}, empty without one
 */
public record OidcContext(List<String> acrValues, Optional<String> display, Map<String, Object> idTokenHintClaims,
                          Optional<String> loginHint, List<String> uiLocales) {

    public OidcContext {
        acrValues = List.copyOf(acrValues);
        idTokenHintClaims = Map.copyOf(idTokenHintClaims);
        uiLocales = List.copyOf(uiLocales);
    }
}
