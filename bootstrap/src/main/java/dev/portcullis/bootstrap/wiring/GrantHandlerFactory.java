package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.clientcredentials.ClientCredentialsGrantHandler;
import dev.portcullis.application.token.AccessTokens;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

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
}
