package dev.portcullis.domain.trust;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Scopes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An issuer whose JWT assertions this server accepts as authorization grants (RFC 7523 §2.1; ORY Hydra's
 * {@code TrustedOAuth2JwtGrantIssuer}): signed with {@code publicKey}, for {@code subject} (or any subject), for
 * at most {@code scope}, until {@code expiresAt}.
 *
 * @param subject   the one subject the issuer may assert; empty when it may assert any
 * @param keyId     the key's {@code kid}, unique per issuer and subject
 * @param publicKey the public JWK (RFC 7517), without private members
 */
public record TrustRelationship(
        TrustId id,
        String issuer,
        Optional<String> subject,
        Scopes scope,
        String keyId,
        JsonDocument publicKey,
        Instant expiresAt,
        Instant createdAt) {

    public TrustRelationship {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("a trusted issuer is named");
        }
        if (subject.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a trusted subject is not blank; no subject means any subject");
        }
        if (keyId.isBlank()) {
            throw new IllegalArgumentException("a trusted key has a kid");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a trust relationship expires after it was created");
        }
    }

    /** Whether the issuer may assert any subject. */
    public boolean allowsAnySubject() {
        return subject.isEmpty();
    }

    /** Whether it is in force at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Whether an assertion for {@code assertedSubject} may rest on it. */
    public boolean admits(String assertedSubject) {
        return subject.map(assertedSubject::equals).orElse(true);
    }
}
