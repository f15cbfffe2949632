package dev.portcullis.application.grant.jwtbearer;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.application.grant.jwtbearer.TrustedAssertions.VerifiedAssertion;
import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.time.Clock;
import java.util.Optional;

/**
 * RFC 7523 §2.1: a JWT assertion from a trusted issuer is the grant. It is accepted only when it passes the
 * checks of {@link TrustedAssertions} and its {@code jti} was never used before. The token is the assertion's
 * subject's, with the scope asked for, which must lie within the relationship's scope and the client's.
 *
 * <p>Every refusal is {@code invalid_grant} saying which check failed, except scope ({@code invalid_scope}); the
 * assertion is never echoed. The {@code jti} is recorded last, so a refused assertion does not burn its id.
 */
public final class JwtBearerGrantHandler implements GrantHandler {

    private final TokenIssuer tokens;
    private final TrustedAssertions assertions;

    public JwtBearerGrantHandler(TokenIssuer tokens, TrustedAssertions assertions) {
        this.tokens = tokens;
        this.assertions = assertions;
    }

    public JwtBearerGrantHandler(TokenIssuer tokens, TrustRepository trusts, AssertionRepository assertions,
                                 ForeignJwts jwts, JwtBearerSettings settings, Clock clock) {
        this(tokens, new TrustedAssertions(trusts, assertions, jwts, settings, clock));
    }

    @Override
    public GrantType grantType() {
        return GrantType.JWT_BEARER;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        VerifiedAssertion assertion = assertions.verify(request.required("assertion"), "the assertion");
        Client client = authenticated.client();
        Scopes scope = request.scope();
        if (!assertion.trust().scope().containsAll(scope)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE,
                    "scope holds a scope the trust relationship of this issuer does not allow");
        }
        scope = client.permitScope(scope, "scope");
        Audience audience = client.permitAudience(request.audience(), "audience");
        assertions.recordUse(assertion);
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType(), Optional.of(assertion.subject()), scope,
                audience, tokens.newGrantId(), JsonDocument.EMPTY);
        return TokenResponse.bearer(tokens.issueAccessToken(grant));
    }
}
