package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.MapFormat;
import io.micronaut.core.naming.conventions.StringConvention;

import java.util.Map;

/**
 * One user of the built-in login app, {@code portcullis.ui.users.<username>.*}.
 *
 * @param subject      the {@code sub} of the user's tokens; the username when unset
 * @param passwordHash {@code $pbkdf2-sha256$i=…$salt$key}, PBKDF2-HMAC-SHA256 (docs/configuration.md shows how to make one)
 * @param claims       OpenID Connect claims granted on the built-in consent page ({@code name}, {@code email}, …). Bound
 *                     with raw keys and values, nested: Micronaut's usual binding would rename {@code given_name} to
 *                     {@code given-name} and turn {@code email_verified: true} into a string, and OIDC claims keep
 *                     their names and JSON types ({@code address} is an object)
 */
@EachProperty("portcullis.ui.users")
public record UserProperties(@Parameter String username, @Nullable String subject, String passwordHash,
                             @Nullable @MapFormat(transformation = MapFormat.MapTransformation.NESTED,
                                     keyFormat = StringConvention.RAW) Map<String, Object> claims) {
}
