package dev.portcullis.application.grant;

import dev.portcullis.application.token.AccessTokenGrant;
import dev.portcullis.application.token.AccessTokens;
import dev.portcullis.application.token.IdTokens;
import dev.portcullis.application.token.IssuedToken;
import dev.portcullis.application.token.TokenResponse;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Map;
import java.util.Optional;

/**
 * The tokens a consented flow yields, for the code and refresh grants alike: an access token with the granted
 * scopes, audiences and {@code session.access_token} claims; a refresh token when {@code offline_access} (or
 * {@code offline}) was granted; an ID token for {@code openid}. All carry the flow's id as their grant id.
 */
public final class FlowTokens {

    private final AccessTokens accessTokens;
    private final IdTokens idTokens;

    public FlowTokens(AccessTokens accessTokens, IdTokens idTokens) {
        this.accessTokens = accessTokens;
        this.idTokens = idTokens;
    }

    /**
     * @param scope     the scopes for these tokens: the granted ones, or fewer on a refresh (RFC 6749 §6)
     * @param withNonce whether the ID token repeats the request's nonce
     */
    public TokenResponse issue(Client client, GrantType grantType, AuthorizationFlow flow, Scopes scope, boolean withNonce) {
        ConsentAcceptance consent = flow.consent().orElseThrow(() -> new IllegalStateException("no consent, no tokens"));
        String subject = flow.subject().orElseThrow(() -> new IllegalStateException("no subject, no tokens"));
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType, Optional.of(subject), scope,
                consent.grantAudience(), flow.id(), consent.accessTokenClaims().members());
        IssuedToken access = accessTokens.issueAccessToken(grant);
        Optional<String> refresh = Optional.empty();
        if (scope.values().contains("offline_access") || scope.values().contains("offline")) {
            refresh = Optional.of(accessTokens.issueRefreshToken(grant).value());
        }
        Optional<String> idToken = Optional.empty();
        if (scope.values().contains("openid")) {
            idToken = Optional.of(idTokens.issue(client, grantType, flow, access.value(), withNonce));
        }
        return new TokenResponse(access.value(), "bearer", access.expiresIn(), scope, refresh, idToken, Map.of());
    }
}
