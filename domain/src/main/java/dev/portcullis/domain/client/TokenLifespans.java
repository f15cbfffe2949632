package dev.portcullis.domain.client;

import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.TokenKind;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A client's own token lifespans, per grant type and token kind. A missing entry means the server-wide
 * default applies.
 */
public record TokenLifespans(Map<LifespanKey, Duration> values) {

    public static final TokenLifespans DEFAULTS = new TokenLifespans(Map.of());

    public TokenLifespans {
        values = Map.copyOf(values);
        if (values.values().stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("a lifespan is positive");
        }
    }

    public Optional<Duration> of(GrantType grantType, TokenKind tokenKind) {
        return Optional.ofNullable(values.get(new LifespanKey(grantType, tokenKind)));
    }
}
