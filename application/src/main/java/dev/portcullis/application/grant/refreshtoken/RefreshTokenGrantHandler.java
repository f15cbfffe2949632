package dev.portcullis.application.grant.refreshtoken;

import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.application.grant.flow.FlowTokens;
import dev.portcullis.application.grant.flow.GrantRevocation;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentedFlow;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.TokenRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * RFC 6749 §6 with rotation: every use revokes the presented refresh token and issues a new one in the same
 * grant. Revoking is a conditional update, so of concurrent uses exactly one succeeds. A refresh token that is
 * presented again after its rotation was stolen or replayed: the whole grant is revoked (RFC 9700 §4.14.2).
 */
public final class RefreshTokenGrantHandler implements GrantHandler {

    private final FlowRepository flows;
    private final TokenRepository tokens;
    private final TokenDigest digest;
    private final FlowTokens flowTokens;
    private final GrantRevocation revocation;
    private final TokenSettings settings;
    private final Clock clock;

    public RefreshTokenGrantHandler(FlowRepository flows, TokenRepository tokens, TokenDigest digest,
                                    FlowTokens flowTokens, GrantRevocation revocation, TokenSettings settings,
                                    Clock clock) {
        this.flows = flows;
        this.tokens = tokens;
        this.digest = digest;
        this.flowTokens = flowTokens;
        this.revocation = revocation;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public GrantType grantType() {
        return GrantType.REFRESH_TOKEN;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        TokenRecord record = digest.digestPresented(request.required("refresh_token"))
                .flatMap(tokens::find)
                .filter(found -> found.kind() == TokenKind.REFRESH_TOKEN)
                .orElseThrow(() -> invalidGrant("the refresh token is unknown"));
        if (!record.clientId().equals(authenticated.client().id())) {
            throw invalidGrant("the refresh token was issued to another client");
        }
        if (record.revoked()) {
            throw reused(record);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!record.isActiveAt(now)) {
            throw invalidGrant("the refresh token expired");
        }
        ConsentedFlow flow = flows.findConsentInForce(record.grantId())
                .orElseThrow(() -> invalidGrant("the consent behind the refresh token was revoked"));
        Scopes scope = request.optional("scope").isPresent() ? request.scope() : record.scope();
        if (!record.scope().containsAll(scope)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE, "a refresh may narrow the granted scopes, never widen them");
        }
        if (!tokens.revoke(record.signature())) {
            throw reused(record);
        }
        keepFlow(flow.flow(), now.plus(settings.lifespan(authenticated.client(), grantType(), TokenKind.REFRESH_TOKEN)));
        TokenResponse response = flowTokens.issue(authenticated.client(), grantType(), flow, scope, record.scope(), false);
        // A reuse or a revoked consent that raced this refresh may have revoked the grant before these tokens existed.
        revocation.stillConsented(flow.id());
        return response;
    }

    /** A rotated refresh token came back: the grant is compromised, and withdrawn with all its tokens. */
    private OAuthException reused(TokenRecord record) {
        revocation.revoke(record.grantId());
        return invalidGrant("the refresh token was used already; every token of its grant is revoked");
    }

    /** The flow outlives the new refresh token, so that its consent can still be listed and revoked. */
    private void keepFlow(AuthorizationFlow flow, Instant until) {
        AuthorizationFlow current = flow;
        for (int attempt = 0; attempt < 3 && current.expiresAt().isBefore(until); attempt++) {
            if (flows.update(current.keepUntil(until))) {
                return;
            }
            Optional<AuthorizationFlow> reread = flows.find(flow.id());
            if (reread.isEmpty()) {
                return;
            }
            current = reread.get();
        }
    }

    private static OAuthException invalidGrant(String description) {
        return new OAuthException(ErrorCode.INVALID_GRANT, description);
    }
}
