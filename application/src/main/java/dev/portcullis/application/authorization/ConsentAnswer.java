package dev.portcullis.application.authorization;

import java.util.List;
import java.util.Map;

/**
 * The consent app's acceptance of a consent request (ORY Hydra's {@code AcceptOAuth2ConsentRequest}).
 *
 * @param rememberFor       seconds; zero for as long as it is not revoked
 * @param idTokenClaims     {@code session.id_token}: claims of ID tokens and userinfo
 * @param accessTokenClaims {@code session.access_token}: claims of access tokens and introspection
 */
public record ConsentAnswer(List<String> grantScope, List<String> grantAudience, boolean remember, long rememberFor,
                            Map<String, Object> idTokenClaims, Map<String, Object> accessTokenClaims) {

    public ConsentAnswer {
        grantScope = List.copyOf(grantScope);
        grantAudience = List.copyOf(grantAudience);
        idTokenClaims = idTokenClaims == null ? Map.of() : idTokenClaims;
        accessTokenClaims = accessTokenClaims == null ? Map.of() : accessTokenClaims;
    }
}
