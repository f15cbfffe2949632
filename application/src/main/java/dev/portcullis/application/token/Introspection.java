package dev.portcullis.application.token;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.token.TokenRecord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 7662 introspection answer: the record of an active token, or nothing for any token that is not
 * (expired, revoked, unknown, malformed, or lacking a required scope), so that an inactive answer tells
 * nothing more.
 *
 * @param issuer the {@code iss} of the server's tokens
 * @param extra  the extra claims the consent gave the access tokens of the token's grant (ORY Hydra's
 *               {@code ext}); empty for other tokens
 */
public record Introspection(Optional<TokenRecord> token, String issuer, JsonDocument extra) {

    public Introspection {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(extra, "extra");
    }

    public Introspection(Optional<TokenRecord> token, String issuer) {
        this(token, issuer, JsonDocument.EMPTY);
    }

    /** The token's {@code aud}, as its JWT has it (see {@link TokenAudience}); empty for an inactive token. */
    public List<String> audience() {
        return token.map(record -> TokenAudience.of(record, issuer)).orElse(List.of());
    }

    public boolean active() {
        return token.isPresent();
    }
}
