package dev.portcullis.application.grant.clientcredentials;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Optional;

/**
 * RFC 6749 §4.4: a confidential client gets an access token for itself. It gets the scopes and audiences
 * it asks for, each of which it must be registered for, and no refresh token (§4.4.3).
 */
public final class ClientCredentialsGrantHandler implements GrantHandler {

    private final TokenIssuer tokens;

    public ClientCredentialsGrantHandler(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @Override
    public GrantType grantType() {
        return GrantType.CLIENT_CREDENTIALS;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        Client client = authenticated.client();
        Scopes scope = client.permitScope(request.scope(), "scope");
        Audience audience = client.permitAudience(request.audience(), "audience");
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType(), Optional.empty(), scope, audience,
                tokens.newGrantId(), JsonDocument.EMPTY);
        return TokenResponse.bearer(tokens.issueAccessToken(grant));
    }
}
