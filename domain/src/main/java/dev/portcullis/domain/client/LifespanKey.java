package dev.portcullis.domain.client;

import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.TokenKind;

import java.util.Objects;

/** Which lifespan: the kind of token issued by one grant type. */
public record LifespanKey(GrantType grantType, TokenKind tokenKind) {

    public LifespanKey {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(tokenKind, "tokenKind");
    }
}
