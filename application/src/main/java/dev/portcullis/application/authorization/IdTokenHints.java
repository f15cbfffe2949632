package dev.portcullis.application.authorization;

import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.key.KeySetName;

import java.util.List;
import java.util.Optional;

/**
 * Reads an {@code id_token_hint} (OIDC Core §3.1.2.1, RP-Initiated Logout §2): an ID token this server signed,
 * expired ones included, and what it says about the user and the client.
 */
public final class IdTokenHints {

    private final TokenCodec codec;
    private final KeyRing keyRing;
    private final String issuer;

    /** @param issuer the {@code iss} of this server's ID tokens */
    public IdTokenHints(TokenCodec codec, KeyRing keyRing, String issuer) {
        this.codec = codec;
        this.keyRing = keyRing;
        this.issuer = issuer;
    }

    /** The claims of an ID token this server signed; empty for anything else. */
    Optional<JsonDocument> claims(String token) {
        return codec.verify(token, keyRing.keys(KeySetName.ID_TOKEN))
                .filter(claims -> issuer.equals(claims.members().get("iss")) && claims.members().get("sub") instanceof String);
    }

    /** Whether a hint, if any, names {@code subject}; a hint that is no ID token of ours names nobody. */
    boolean names(Optional<String> hint, String subject) {
        return hint.map(token -> claims(token).map(c -> subject.equals(c.members().get("sub"))).orElse(false)).orElse(true);
    }

    /** The client an ID token was issued to: its single {@code aud}, or its {@code azp}. */
    static Optional<String> audience(JsonDocument claims) {
        Object aud = claims.members().get("aud");
        if (aud instanceof String single) {
            return Optional.of(single);
        }
        if (aud instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String single) {
            return Optional.of(single);
        }
        return Optional.ofNullable(claims.members().get("azp")).filter(String.class::isInstance).map(String.class::cast);
    }
}
