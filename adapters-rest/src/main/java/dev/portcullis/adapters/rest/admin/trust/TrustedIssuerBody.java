package dev.portcullis.adapters.rest.admin.trust;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portcullis.domain.trust.TrustRelationship;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Hydra's {@code TrustedOAuth2JwtGrantIssuer}: a trust relationship as the admin API answers it. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record TrustedIssuerBody(
        @JsonProperty("id") String id,
        @JsonProperty("issuer") String issuer,
        @JsonProperty("subject") @Nullable String subject,
        @JsonProperty("allow_any_subject") boolean allowAnySubject,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("public_key") PublicKeyBody publicKey,
        @JsonProperty("expires_at") String expiresAt,
        @JsonProperty("created_at") String createdAt) {

    /** Hydra names the trusted key by a key set (the issuer) and its kid. */
    @Serdeable
    record PublicKeyBody(@JsonProperty("set") String set, @JsonProperty("kid") String kid) {
    }

    static TrustedIssuerBody from(TrustRelationship trust) {
        return new TrustedIssuerBody(trust.id().value(), trust.issuer(), trust.subject().orElse(null),
                trust.allowsAnySubject(), List.copyOf(trust.scope().values()),
                new PublicKeyBody(trust.issuer(), trust.keyId()), trust.expiresAt().toString(),
                trust.createdAt().toString());
    }
}
