package dev.portcullis.application.grant;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenRepository;
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
     * @param scope        the scopes of the access and ID tokens: the granted ones, or fewer on a refresh
     * @param refreshScope the scopes of the refresh token, which a refresh never narrows (RFC 6749 §6); a refresh
     *                     token is issued when they hold {@code offline_access} or {@code offline}
     * @param withNonce    whether the ID token repeats the request's nonce
     */
    public TokenResponse issue(Client client, GrantType grantType, AuthorizationFlow flow, Scopes scope,
                               Scopes refreshScope, boolean withNonce) {
        ConsentAcceptance consent = flow.consent().orElseThrow(() -> new IllegalStateException("no consent, no tokens"));
        String subject = flow.subject().orElseThrow(() -> new IllegalStateException("no subject, no tokens"));
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType, Optional.of(subject), scope,
                consent.grantAudience(), flow.id(), consent.accessTokenClaims().members());
        IssuedToken access = accessTokens.issueAccessToken(grant);
        Optional<String> refresh = Optional.empty();
        if (refreshScope.values().contains("offline_access") || refreshScope.values().contains("offline")) {
            AccessTokenGrant refreshGrant = new AccessTokenGrant(client, grantType, Optional.of(subject), refreshScope,
                    consent.grantAudience(), flow.id(), Map.of());
            refresh = Optional.of(accessTokens.issueRefreshToken(refreshGrant).value());
        }
        Optional<String> idToken = Optional.empty();
        if (scope.values().contains("openid")) {
            idToken = Optional.of(idTokens.issue(client, grantType, flow, access.value(), withNonce));
        }
        return new TokenResponse(access.value(), "bearer", access.expiresIn(), scope, refresh, idToken, Map.of());
    }

    /**
     * Makes sure a grant whose flow stopped being consented while tokens were being issued (a reused code or
     * refresh token, or a revoked consent) has no token left: revoking the grant again reaches the tokens issued
     * after the revocation that raced them.
     *
     * @return whether the flow is still consented
     */
    public boolean stillConsented(FlowRepository flows, TokenRepository tokens, AuthorizationFlow flow) {
        boolean consented = flows.find(flow.id()).filter(found -> found.stage().isConsented()).isPresent();
        if (!consented) {
            tokens.revokeGrant(flow.id());
        }
        return consented;
    }

    /** Withdraws the flow's consent (retrying over concurrent changes) and revokes every token of its grant. */
    public void revokeGrant(FlowRepository flows, TokenRepository tokens, AuthorizationFlow flow) {
        Optional<AuthorizationFlow> current = Optional.of(flow);
        for (int attempt = 0; attempt < 5 && current.isPresent() && current.get().stage().isConsented(); attempt++) {
            if (flows.update(current.get().revoke())) {
                break;
            }
            current = flows.find(flow.id());
        }
        tokens.revokeGrant(flow.id());
    }
}
