package dev.portcullis.bootstrap.wiring;

import dev.portcullis.adapters.rest.oauth.token.TokenController;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.authorizationcode.AuthorizationCodeGrantHandler;
import dev.portcullis.application.grant.clientcredentials.ClientCredentialsGrantHandler;
import dev.portcullis.application.grant.flow.FlowTokens;
import dev.portcullis.application.grant.flow.GrantRevocation;
import dev.portcullis.application.grant.jwtbearer.JwtBearerGrantHandler;
import dev.portcullis.application.grant.jwtbearer.JwtBearerSettings;
import dev.portcullis.application.grant.jwtbearer.TrustedAssertions;
import dev.portcullis.application.grant.refreshtoken.RefreshTokenGrantHandler;
import dev.portcullis.application.grant.tokenexchange.TokenExchangeGrantHandler;
import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.bootstrap.config.JwtBearerProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Set;

/**
 * The built-in grant handlers, each switchable by {@code portcullis.grants.<name>.enabled}. A grant type
 * from another jar registers its own {@link GrantHandler} bean the same way and needs nothing here.
 */
@Factory
final class GrantHandlerFactory {

    @Singleton
    @Requires(property = "portcullis.grants.client-credentials.enabled", notEquals = StringUtils.FALSE)
    GrantHandler clientCredentials(TokenIssuer tokens) {
        return new ClientCredentialsGrantHandler(tokens);
    }

    @Singleton
    @Requires(property = "portcullis.grants.authorization-code.enabled", notEquals = StringUtils.FALSE)
    GrantHandler authorizationCode(FlowRepository flows, TokenDigest digest, FlowTokens flowTokens,
                                   GrantRevocation revocation, Clock clock) {
        return new AuthorizationCodeGrantHandler(flows, digest, flowTokens, revocation, clock);
    }

    @Singleton
    @Requires(property = "portcullis.grants.refresh-token.enabled", notEquals = StringUtils.FALSE)
    GrantHandler refreshToken(FlowRepository flows, TokenRepository tokens, TokenDigest digest, FlowTokens flowTokens,
                              GrantRevocation revocation, TokenSettings settings, Clock clock) {
        return new RefreshTokenGrantHandler(flows, tokens, digest, flowTokens, revocation, settings, clock);
    }

    /** The checks on JWTs from trusted issuers, which the jwt-bearer grant and token exchange share. */
    @Singleton
    TrustedAssertions trustedAssertions(TrustRepository trusts, AssertionRepository assertions, ForeignJwts jwts,
                                        TokenSettings settings, JwtBearerProperties jwtBearer, Clock clock) {
        String issuer = settings.issuerValue();
        return new TrustedAssertions(trusts, assertions, jwts, new JwtBearerSettings(issuer + TokenController.PATH,
                issuer, Set.copyOf(jwtBearer.audiences()), jwtBearer.maxLifetime()), clock);
    }

    @Singleton
    @Requires(property = "portcullis.grants.jwt-bearer.enabled", notEquals = StringUtils.FALSE)
    GrantHandler jwtBearer(TokenIssuer tokens, TrustedAssertions assertions) {
        return new JwtBearerGrantHandler(tokens, assertions);
    }

    @Singleton
    @Requires(property = "portcullis.grants.token-exchange.enabled", notEquals = StringUtils.FALSE)
    GrantHandler tokenExchange(TokenIssuer tokens, TokenRepository records, TokenDigest digest, ClientRepository clients,
                               TrustedAssertions assertions, Clock clock) {
        return new TokenExchangeGrantHandler(tokens, records, digest, clients, assertions, clock);
    }
}
