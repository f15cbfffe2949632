package dev.portcullis.example.grant;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Optional;

/**
 * A grant type from outside Portcullis, as a user would write one: it depends only on {@code application.grant}
 * and {@code domain}, and issues an access token for whichever {@code subject} the client names. It exists
 * to prove the extension point, and is no grant anyone should deploy.
 */
public final class EchoGrantHandler implements GrantHandler {

    /** An extension grant is an absolute URI (RFC 6749 §4.5). */
    public static final GrantType ECHO = new GrantType("urn:portcullis:test:echo");

    private final TokenIssuer tokens;

    public EchoGrantHandler(TokenIssuer tokens) {
        this.tokens = tokens;
    }

    @Override
    public GrantType grantType() {
        return ECHO;
    }

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} without a {@code subject},
     *         {@code invalid_scope} for a scope the client is not registered for
     */
    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient client) {
        String subject = request.required("subject");
        Scopes scope = client.client().permitScope(request.scope(), "scope");
        AccessTokenGrant grant = new AccessTokenGrant(client.client(), grantType(), Optional.of(subject), scope,
                Audience.NONE, tokens.newGrantId(), JsonDocument.EMPTY);
        return TokenResponse.bearer(tokens.issueAccessToken(grant));
    }
}
