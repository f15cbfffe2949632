package dev.portcullis.example.grant;

import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.token.AccessTokenGrant;
import dev.portcullis.application.token.AccessTokens;
import dev.portcullis.application.token.AuthenticatedClient;
import dev.portcullis.application.token.TokenRequest;
import dev.portcullis.application.token.TokenResponse;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A grant type from outside Portcullis, as a user would write one: it depends only on {@code application}
 * and {@code domain}, and issues an access token for whichever {@code subject} the client names. It exists
 * to prove the extension point, and is no grant anyone should deploy.
 */
public final class EchoGrantHandler implements GrantHandler {

    /** An extension grant is an absolute URI (RFC 6749 §4.5). */
    public static final GrantType ECHO = new GrantType("urn:portcullis:test:echo");

    private final AccessTokens accessTokens;

    public EchoGrantHandler(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public GrantType grantType() {
        return ECHO;
    }

    /**
     * @throws OAuthException {@code invalid_request} without a {@code subject}, {@code invalid_scope} for a
     *         scope the client is not registered for
     */
    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient client) {
        String subject = request.required("subject");
        Scopes scope = request.scope();
        if (!client.client().metadata().scope().containsAll(scope)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE, "the client may not request this scope");
        }
        AccessTokenGrant grant = new AccessTokenGrant(client.client(), grantType(), Optional.of(subject),
                scope, Set.of(), accessTokens.newGrantId(), Map.of());
        return TokenResponse.bearer(accessTokens.issueAccessToken(grant));
    }
}
