package dev.portcullis.application.trust;

import dev.portcullis.domain.client.JsonDocument;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator asks to trust: {@code issuer}'s assertions for {@code subject} (or any subject), signed with
 * {@code jwk}, for at most {@code scope}, until {@code expiresAt}.
 */
public record TrustRegistration(String issuer, Optional<String> subject, boolean allowAnySubject, List<String> scope,
                                JsonDocument jwk, Optional<Instant> expiresAt) {

    public TrustRegistration {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        scope = List.copyOf(scope);
        Objects.requireNonNull(jwk, "jwk");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
