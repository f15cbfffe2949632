package dev.portcullis.application.userinfo;

import dev.portcullis.domain.client.JsonDocument;

import java.util.Objects;
import java.util.Optional;

/**
 * The claims about a user an access token may read (OIDC Core §5.3.2).
 *
 * @param claims the granted claims other than {@code sub}, as the consent app gave them
 * @param jwt    the answer as a signed JWT ({@code application/jwt}), when the token's client registered
 *               {@code userinfo_signed_response_alg}: {@code sub} and the claims, with {@code iss} and {@code aud};
 *               empty for plain JSON
 */
public record Userinfo(String subject, JsonDocument claims, Optional<String> jwt) {

    public Userinfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(jwt, "jwt");
    }

    /** Userinfo answered as JSON. */
    public Userinfo(String subject, JsonDocument claims) {
        this(subject, claims, Optional.empty());
    }
}
