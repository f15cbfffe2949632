package dev.portcullis.adapters.rest.admin.trust;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Hydra's {@code TrustOAuth2JwtGrantIssuer}, the request to trust an issuer; documents the body, read member by member. */
@Serdeable
record TrustIssuerRequestBody(
        @JsonProperty("issuer") String issuer,
        @JsonProperty("subject") @Nullable String subject,
        @JsonProperty("allow_any_subject") @Nullable Boolean allowAnySubject,
        @JsonProperty("scope") List<String> scope,
        @JsonProperty("jwk") Map<String, Object> jwk,
        @JsonProperty("expires_at") String expiresAt) {
}
