package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Server-wide token settings ({@code portcullis.tokens.*}); a client's own lifespans and strategy win.
 *
 * @param accessTokenLifespan  access tokens' lifespan when the client sets none
 * @param refreshTokenLifespan refresh tokens' lifespan when the client sets none
 * @param accessTokenStrategy  {@code jwt} (RFC 9068) or {@code opaque}, when the client does not choose
 * @param accessTokenSigningAlgorithm the algorithm of the access-token set's first key: {@code ES256}
 *                             (the default: fast with a native provider) or {@code RS256}
 * @param idTokenSigningAlgorithm      the algorithm of the id-token set's first key: {@code RS256} (the
 *                             default, which every OpenID Connect relying party supports) or {@code ES256}
 * @param flushInterval        how often the janitor deletes the records of expired tokens
 */
@ConfigurationProperties("portcullis.tokens")
public record TokenProperties(@Bindable(defaultValue = "1h") Duration accessTokenLifespan,
                              @Bindable(defaultValue = "720h") Duration refreshTokenLifespan,
                              @Bindable(defaultValue = "jwt") String accessTokenStrategy,
                              @Bindable(defaultValue = "ES256") String accessTokenSigningAlgorithm,
                              @Bindable(defaultValue = "RS256") String idTokenSigningAlgorithm,
                              @Bindable(defaultValue = "1h") Duration flushInterval) {
}
