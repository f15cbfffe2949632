package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.grant.FlowTokens;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.authorizationcode.AuthorizationCodeGrantHandler;
import dev.portcullis.application.grant.refreshtoken.RefreshTokenGrantHandler;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.application.grant.clientcredentials.ClientCredentialsGrantHandler;
import dev.portcullis.application.token.AccessTokens;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The built-in grant handlers, each switchable by {@code portcullis.grants.<name>.enabled}. A grant type
 * from another jar registers its own {@link GrantHandler} bean the same way and needs nothing here.
 */
@Factory
final class GrantHandlerFactory {

    @Singleton
    @Requires(property = "portcullis.grants.client-credentials.enabled", notEquals = StringUtils.FALSE)
    GrantHandler clientCredentials(AccessTokens accessTokens) {
        return new ClientCredentialsGrantHandler(accessTokens);
    }

    @Singleton
    @Requires(property = "portcullis.grants.authorization-code.enabled", notEquals = StringUtils.FALSE)
    GrantHandler authorizationCode(FlowRepository flows, TokenRepository tokens, TokenDigest digest, FlowTokens flowTokens,
                                   Clock clock) {
        return new AuthorizationCodeGrantHandler(flows, tokens, digest, flowTokens, clock);
    }

    @Singleton
    @Requires(property = "portcullis.grants.refresh-token.enabled", notEquals = StringUtils.FALSE)
    GrantHandler refreshToken(FlowRepository flows, TokenRepository tokens, TokenDigest digest, FlowTokens flowTokens,
                              TokenSettings settings, Clock clock) {
        return new RefreshTokenGrantHandler(flows, tokens, digest, flowTokens, settings, clock);
    }
}
