package dev.portcullis.application.grant.authorizationcode;

import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.application.grant.flow.FlowTokens;
import dev.portcullis.application.grant.flow.GrantRevocation;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentedFlow;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.time.Clock;

/**
 * RFC 6749 §4.1.3: a code is redeemed once, by the client it was issued to, with the redirect URI and PKCE
 * verifier it is bound to. Of concurrent redemptions exactly one lands (the flow is updated only over the
 * version it was read at); every other, and any later one, fails and revokes the tokens the code yielded
 * (RFC 6749 §4.1.2).
 */
public final class AuthorizationCodeGrantHandler implements GrantHandler {

    private final FlowRepository flows;
    private final TokenDigest digest;
    private final FlowTokens flowTokens;
    private final GrantRevocation revocation;
    private final Clock clock;

    public AuthorizationCodeGrantHandler(FlowRepository flows, TokenDigest digest, FlowTokens flowTokens,
                                         GrantRevocation revocation, Clock clock) {
        this.flows = flows;
        this.digest = digest;
        this.flowTokens = flowTokens;
        this.revocation = revocation;
        this.clock = clock;
    }

    @Override
    public GrantType grantType() {
        return GrantType.AUTHORIZATION_CODE;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient client) {
        AuthorizationFlow flow = digest.digestPresented(request.required("code"))
                .flatMap(code -> flows.findBy(FlowRepository.Key.CODE, code))
                .orElseThrow(() -> invalidGrant("the authorization code is unknown or expired"));
        if (flow.stage() == FlowStage.CODE_REDEEMED || flow.stage() == FlowStage.REVOKED) {
            throw usedAgain(flow, client);
        }
        if (flow.stage() != FlowStage.CODE_ISSUED
                || flow.codeExpiresAt().map(expiry -> !clock.instant().isBefore(expiry)).orElse(true)) {
            throw invalidGrant("the authorization code is unknown or expired");
        }
        flow.request().codeBinding().checkRedemption(client.client().id(), request.optional("redirect_uri"),
                request.optional("code_verifier"), client.client().metadata().redirectUris().size() == 1);
        AuthorizationFlow redeemed = flow.redeemCode();
        if (!flows.update(redeemed)) {
            throw usedAgain(flows.find(flow.id()).orElse(flow), client);
        }
        ConsentedFlow consented = redeemed.consented().orElseThrow();
        Scopes granted = consented.consent().grantScope();
        TokenResponse response = flowTokens.issue(client.client(), grantType(), consented, granted, granted, true);
        // A redemption that lost to this one may have revoked the grant before these tokens existed.
        revocation.stillConsented(redeemed.id());
        return response;
    }

    /**
     * A code presented again: its grant is revoked, consent and tokens, but only when the code's own client
     * presents it, so that another client cannot revoke a grant by replaying a leaked code.
     */
    private OAuthException usedAgain(AuthorizationFlow flow, AuthenticatedClient client) {
        if (flow.request().clientId().equals(client.client().id())) {
            revocation.revoke(flow);
            return invalidGrant("the authorization code was used already; the tokens it yielded are revoked");
        }
        return invalidGrant("the authorization code is unknown or expired");
    }

    private static OAuthException invalidGrant(String description) {
        return new OAuthException(ErrorCode.INVALID_GRANT, description);
    }
}
