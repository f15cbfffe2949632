package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The authorization code flow ({@code portcullis.authorization.*}).
 *
 * @param codeLifespan     how long an authorization code may wait for redemption; at most 10 minutes
 * @param requestLifespan  how long a login, consent or logout request may wait for its answer
 * @param sessionLifespan  how long a remembered login lasts when the login app sets no {@code remember_for}
 * @param pkceRequired     PKCE for confidential clients too (public clients always need it)
 * @param pkceAllowPlain   accept {@code code_challenge_method=plain}
 */
@ConfigurationProperties("portcullis.authorization")
public record AuthorizationProperties(@Bindable(defaultValue = "10m") Duration codeLifespan,
                                      @Bindable(defaultValue = "30m") Duration requestLifespan,
                                      @Bindable(defaultValue = "720h") Duration sessionLifespan,
                                      @Bindable(defaultValue = "true") boolean pkceRequired,
                                      @Bindable(defaultValue = "false") boolean pkceAllowPlain) {
}
