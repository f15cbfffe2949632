package dev.portcullis.application.userinfo;

import dev.portcullis.domain.client.JsonDocument;

import java.util.Objects;

/**
 * The claims about a user an access token may read (OIDC Core §5.3.2).
 *
 * @param claims the granted claims other than {@code sub}, as the consent app gave them
 */
public record Userinfo(String subject, JsonDocument claims) {

    public Userinfo {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(claims, "claims");
    }
}
