package dev.portcullis.application.grant.clientcredentials;

import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.token.AccessTokenGrant;
import dev.portcullis.application.token.AccessTokens;
import dev.portcullis.application.token.AuthenticatedClient;
import dev.portcullis.application.token.TokenRequest;
import dev.portcullis.application.token.TokenResponse;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RFC 6749 §4.4: a confidential client gets an access token for itself. It gets the scopes and audiences
 * it asks for, each of which it must be registered for, and no refresh token (§4.4.3).
 */
public final class ClientCredentialsGrantHandler implements GrantHandler {

    private final AccessTokens accessTokens;

    public ClientCredentialsGrantHandler(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public GrantType grantType() {
        return GrantType.CLIENT_CREDENTIALS;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        Client client = authenticated.client();
        Scopes scope = request.scope();
        if (!client.metadata().scope().containsAll(scope)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE, "the client may not request the scope "
                    + scope.values().stream().filter(s -> !client.metadata().scope().values().contains(s)).findFirst().orElseThrow());
        }
        Set<String> audience = request.audience();
        for (String value : audience) {
            if (!client.metadata().audience().contains(value)) {
                throw OAuthException.invalidRequest("the client may not request the audience " + value);
            }
        }
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType(), Optional.empty(), scope, audience,
                accessTokens.newGrantId(), Map.of());
        return TokenResponse.bearer(accessTokens.issueAccessToken(grant));
    }
}
