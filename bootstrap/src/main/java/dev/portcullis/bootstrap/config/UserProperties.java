package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * One user of the built-in login app, {@code portcullis.ui.users.<username>.*}.
 *
 * @param subject      the {@code sub} of the user's tokens; the username when unset
 * @param passwordHash {@code $pbkdf2-sha256$i=…$salt$key}, PBKDF2-HMAC-SHA256 (docs/configuration.md shows how to make one)
 * @param claims       OpenID Connect claims granted on the built-in consent page ({@code name}, {@code email}, …)
 */
@EachProperty("portcullis.ui.users")
public record UserProperties(@Parameter String username, @Nullable String subject, String passwordHash,
                             @Nullable Map<String, String> claims) {
}
