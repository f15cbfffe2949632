package dev.portcullis.application.grant.jwtbearer;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What an assertion must say to be accepted here.
 *
 * @param tokenEndpoint the token endpoint's URL, one audience an assertion may name (RFC 7523 §3, item 3)
 * @param issuer        this server's issuer identifier, the other one
 * @param audiences     further audiences accepted, for clients that name this server otherwise (Box's SDK
 *                      names {@code https://api.box.com/oauth2/token} whatever server it talks to)
 * @param maxLifetime   the longest an assertion may live, from {@code iat} (or from now without one) to {@code exp}
 */
public record JwtBearerSettings(String tokenEndpoint, String issuer, Set<String> audiences, Duration maxLifetime) {

    public JwtBearerSettings {
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(issuer, "issuer");
        audiences = Set.copyOf(audiences);
        if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("an assertion's longest lifetime is positive");
        }
    }

    boolean accepts(String audience) {
        return audience.equals(tokenEndpoint) || audience.equals(issuer) || audiences.contains(audience);
    }
}
