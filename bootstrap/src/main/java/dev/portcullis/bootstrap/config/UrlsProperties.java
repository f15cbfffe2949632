package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The login, consent and logout app ({@code portcullis.urls.*}). Each one left unset is the built-in page
 * under the issuer ({@code /ui/login}, {@code /ui/consent}, {@code /ui/logout}, {@code /ui/logged-out}).
 *
 * @param error      where errors that cannot go to a client are sent; unset to show the built-in error page
 * @param postLogout where a logout ends when the client names no {@code post_logout_redirect_uri}
 */
@ConfigurationProperties("portcullis.urls")
public record UrlsProperties(@Nullable String login, @Nullable String consent, @Nullable String logout,
                             @Nullable String error, @Nullable String postLogout) {
}
