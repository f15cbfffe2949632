package dev.portcullis.application.token;

import dev.portcullis.domain.client.AccessTokenStrategy;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.TokenKind;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Server-wide token settings.
 *
 * @param issuer               the {@code iss} of every token and the discovery document's issuer
 * @param accessTokenLifespan  used when the client sets no lifespan for the grant
 * @param refreshTokenLifespan used when the client sets no lifespan for the grant
 * @param accessTokenStrategy  used when the client does not choose
 */
public record TokenSettings(
        URI issuer,
        Duration accessTokenLifespan,
        Duration refreshTokenLifespan,
        AccessTokenStrategy accessTokenStrategy) {

    public TokenSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(accessTokenStrategy, "accessTokenStrategy");
        if (!issuer.isAbsolute() || issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
            throw new IllegalArgumentException("the issuer is an absolute URL without query or fragment");
        }
        requirePositive(accessTokenLifespan);
        requirePositive(refreshTokenLifespan);
    }

    /** The issuer as it appears in tokens and metadata: without a trailing slash. */
    public String issuerValue() {
        String value = issuer.toString();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** How long a token of {@code kind} issued to {@code client} by {@code grantType} lives. */
    public Duration lifespan(Client client, GrantType grantType, TokenKind kind) {
        return client.metadata().lifespans().of(grantType, kind).orElseGet(() -> switch (kind) {
            case REFRESH_TOKEN -> refreshTokenLifespan;
            case ACCESS_TOKEN, ID_TOKEN -> accessTokenLifespan;
        });
    }

    /** The client's own access token strategy, or the server's. */
    public AccessTokenStrategy strategyFor(Client client) {
        return client.metadata().accessTokenStrategy().orElse(accessTokenStrategy);
    }

    private static void requirePositive(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a lifespan is positive");
        }
    }
}
