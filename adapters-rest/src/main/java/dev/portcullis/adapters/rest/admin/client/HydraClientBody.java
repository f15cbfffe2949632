package dev.portcullis.adapters.rest.admin.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.portcullis.domain.client.ActingSubject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A client as ORY Hydra v2's admin API writes it ({@code OAuth2Client}), with the RFC 7591 member names:
 * what a registration, replacement or patch sends, and what every client response answers. A request's
 * {@code client_secret} chooses the secret; a response holds it only right after it was set. Read members the
 * server sets ({@code created_at}, …) are ignored on input. {@code box_subjects} is not Hydra's: the subjects a client
 * may act for in Box's client credentials requests.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HydraClientBody(
        @JsonProperty("client_id") @Nullable String clientId,
        @JsonProperty("client_name") @Nullable String clientName,
        @JsonProperty("owner") @Nullable String owner,
        @JsonProperty("redirect_uris") @Nullable List<String> redirectUris,
        @JsonProperty("post_logout_redirect_uris") @Nullable List<String> postLogoutRedirectUris,
        @JsonProperty("grant_types") @Nullable List<String> grantTypes,
        @JsonProperty("response_types") @Nullable List<String> responseTypes,
        @JsonProperty("scope") @Nullable String scope,
        @JsonProperty("audience") @Nullable List<String> audience,
        @JsonProperty("token_endpoint_auth_method") @Nullable String tokenEndpointAuthMethod,
        @JsonProperty("access_token_strategy") @Nullable String accessTokenStrategy,
        @JsonProperty("require_pkce") @Nullable Boolean requirePkce,
        @JsonProperty("box_subjects") @Nullable List<BoxSubjectBody> boxSubjects,
        @JsonProperty("registered_scope_by_default") @Nullable Boolean registeredScopeByDefault,
        @JsonProperty("skip_consent") @Nullable Boolean skipConsent,
        @JsonProperty("enabled") @Nullable Boolean enabled,
        @JsonProperty("client_uri") @Nullable String clientUri,
        @JsonProperty("logo_uri") @Nullable String logoUri,
        @JsonProperty("policy_uri") @Nullable String policyUri,
        @JsonProperty("tos_uri") @Nullable String tosUri,
        @JsonProperty("jwks_uri") @Nullable String jwksUri,
        @JsonProperty("jwks") @Nullable Map<String, Object> jwks,
        @JsonProperty("request_object_signing_alg") @Nullable String requestObjectSigningAlg,
        @JsonProperty("userinfo_signed_response_alg") @Nullable String userinfoSignedResponseAlg,
        @JsonProperty("contacts") @Nullable List<String> contacts,
        @JsonUnwrapped HydraLifespans lifespans,
        @JsonProperty("metadata") @Nullable Map<String, Object> metadata,
        @JsonProperty("client_secret_expires_at") @Nullable Long clientSecretExpiresAt,
        @JsonProperty("created_at") @Nullable String createdAt,
        @JsonProperty("updated_at") @Nullable String updatedAt,
        @JsonProperty("last_used_at") @Nullable String lastUsedAt,
        @JsonProperty("client_secret") @Nullable String clientSecret) {

    public HydraClientBody {
        lifespans = lifespans == null ? HydraLifespans.NONE : lifespans;
    }

    /** One of {@code box_subjects}: what Box's client credentials request names in these two parameters. */
    @Serdeable
    public record BoxSubjectBody(
            @JsonProperty("box_subject_type") @Nullable String type,
            @JsonProperty("box_subject_id") @Nullable String id) {

        static BoxSubjectBody from(ActingSubject subject) {
            return new BoxSubjectBody(subject.type(), subject.id());
        }
    }
}
