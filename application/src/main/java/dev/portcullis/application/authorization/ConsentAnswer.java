package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.JsonDocument;

import java.util.List;
import java.util.Objects;

/**
 * The consent app's acceptance of the consent request with {@code challenge} (ORY Hydra's
 * {@code AcceptOAuth2ConsentRequest}).
 *
 * @param grantScope        as the app sent them; checked to be scope tokens the client is registered for
 * @param rememberFor       seconds; zero for as long as it is not revoked
 * @param idTokenClaims     {@code session.id_token}: claims of ID tokens and userinfo
 * @param accessTokenClaims {@code session.access_token}: claims of access tokens and introspection
 * @param userinfoClaims    {@code session.userinfo}, this server's extension: claims of userinfo only, and of ID
 *                          tokens only when the request's {@code claims} parameter asks for them there
 */
public record ConsentAnswer(String challenge, List<String> grantScope, List<String> grantAudience, boolean remember,
                            long rememberFor, JsonDocument idTokenClaims, JsonDocument accessTokenClaims,
                            JsonDocument userinfoClaims) {

    public ConsentAnswer {
        Objects.requireNonNull(challenge, "challenge");
        grantScope = List.copyOf(grantScope);
        grantAudience = List.copyOf(grantAudience);
        Objects.requireNonNull(idTokenClaims, "idTokenClaims");
        Objects.requireNonNull(accessTokenClaims, "accessTokenClaims");
        Objects.requireNonNull(userinfoClaims, "userinfoClaims");
    }

    /** An answer without userinfo-only claims, as ORY Hydra's consent apps send. */
    public ConsentAnswer(String challenge, List<String> grantScope, List<String> grantAudience, boolean remember,
                         long rememberFor, JsonDocument idTokenClaims, JsonDocument accessTokenClaims) {
        this(challenge, grantScope, grantAudience, remember, rememberFor, idTokenClaims, accessTokenClaims,
                JsonDocument.EMPTY);
    }
}
