package dev.portcullis.application.grant.flow;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.IssuedToken;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.ConsentedFlow;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.TokenType;

import java.util.Optional;

/**
 * The tokens a consented flow yields, for the code and refresh grants alike: an access token with the granted
 * scopes, audiences and {@code session.access_token} claims; a refresh token when the scopes grant one; an ID
 * token for {@code openid}. All carry the flow's id as their grant id.
 */
public final class FlowTokens {

    private final TokenIssuer tokens;
    private final IdTokens idTokens;

    public FlowTokens(TokenIssuer tokens, IdTokens idTokens) {
        this.tokens = tokens;
        this.idTokens = idTokens;
    }

    /**
     * @param scope        the scopes of the access and ID tokens: the granted ones, or fewer on a refresh
     * @param refreshScope the scopes of the refresh token, which a refresh never narrows (RFC 6749 §6)
     * @param withNonce    whether the ID token repeats the request's nonce
     */
    public TokenResponse issue(Client client, GrantType grantType, ConsentedFlow flow, Scopes scope,
                               Scopes refreshScope, boolean withNonce) {
        ConsentAcceptance consent = flow.consent();
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType, Optional.of(flow.subject()), scope,
                consent.grantAudience(), flow.id(), consent.accessTokenClaims());
        IssuedToken access = tokens.issueAccessToken(grant);
        Optional<String> refresh = Optional.empty();
        if (refreshScope.grantsRefreshToken()) {
            refresh = Optional.of(tokens.issueRefreshToken(grant.withScope(refreshScope).withoutExtraClaims()).value());
        }
        Optional<String> idToken = Optional.empty();
        if (scope.includesOpenId()) {
            idToken = Optional.of(idTokens.issue(client, grantType, flow, access.value(), withNonce));
        }
        return new TokenResponse(access.value(), TokenType.BEARER, access.expiresIn(), scope, refresh, idToken,
                JsonDocument.EMPTY);
    }

    /** What the authorization endpoint hands out in the implicit flow: an ID token, and perhaps an access token. */
    public record ImplicitTokens(String idToken, Optional<IssuedToken> accessToken) {
    }

    /**
     * The implicit flow's tokens (OIDC Core §3.2.2.5): an ID token with the request's nonce and, for
     * {@code id_token token}, an access token like the code flow's, recorded under the flow's grant id. Never a
     * refresh token.
     */
    public ImplicitTokens issueImplicit(Client client, ConsentedFlow flow, boolean withAccessToken) {
        ConsentAcceptance consent = flow.consent();
        Optional<IssuedToken> access = Optional.empty();
        if (withAccessToken) {
            access = Optional.of(tokens.issueAccessToken(new AccessTokenGrant(client, GrantType.IMPLICIT,
                    Optional.of(flow.subject()), consent.grantScope(), consent.grantAudience(), flow.id(),
                    consent.accessTokenClaims())));
        }
        String idToken = idTokens.issue(client, GrantType.IMPLICIT, flow, access.map(IssuedToken::value), true);
        return new ImplicitTokens(idToken, access);
    }
}
