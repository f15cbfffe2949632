package dev.portcullis.adapters.rest.oauth.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The authorization server metadata (RFC 8414 §2) and OpenID Provider metadata (OpenID Connect Discovery 1.0
 * §3): the same document on both well-known paths. Members an endpoint did not contribute are left out.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record DiscoveryBody(
        @JsonProperty("issuer") String issuer,
        @JsonProperty("token_endpoint") @Nullable String tokenEndpoint,
        @JsonProperty("jwks_uri") @Nullable String jwksUri,
        @JsonProperty("introspection_endpoint") @Nullable String introspectionEndpoint,
        @JsonProperty("revocation_endpoint") @Nullable String revocationEndpoint,
        @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
        @JsonProperty("response_types_supported") List<String> responseTypesSupported,
        @JsonProperty("token_endpoint_auth_methods_supported") @Nullable List<String> tokenEndpointAuthMethodsSupported,
        @JsonProperty("introspection_endpoint_auth_methods_supported") @Nullable List<String> introspectionEndpointAuthMethodsSupported,
        @JsonProperty("revocation_endpoint_auth_methods_supported") @Nullable List<String> revocationEndpointAuthMethodsSupported,
        @JsonProperty("subject_types_supported") @Nullable List<String> subjectTypesSupported,
        @JsonProperty("id_token_signing_alg_values_supported") @Nullable List<String> idTokenSigningAlgValuesSupported,
        @JsonProperty("authorization_endpoint") @Nullable String authorizationEndpoint,
        @JsonProperty("userinfo_endpoint") @Nullable String userinfoEndpoint,
        @JsonProperty("end_session_endpoint") @Nullable String endSessionEndpoint,
        @JsonProperty("registration_endpoint") @Nullable String registrationEndpoint,
        @JsonProperty("response_modes_supported") @Nullable List<String> responseModesSupported,
        @JsonProperty("code_challenge_methods_supported") @Nullable List<String> codeChallengeMethodsSupported,
        @JsonProperty("scopes_supported") @Nullable List<String> scopesSupported,
        @JsonProperty("claims_supported") @Nullable List<String> claimsSupported,
        @JsonProperty("prompt_values_supported") @Nullable List<String> promptValuesSupported,
        @JsonProperty("userinfo_signing_alg_values_supported") @Nullable List<String> userinfoSigningAlgValuesSupported,
        @JsonProperty("authorization_response_iss_parameter_supported") @Nullable Boolean authorizationResponseIssParameterSupported,
        @JsonProperty("claims_parameter_supported") @Nullable Boolean claimsParameterSupported,
        @JsonProperty("request_parameter_supported") @Nullable Boolean requestParameterSupported,
        @JsonProperty("request_uri_parameter_supported") @Nullable Boolean requestUriParameterSupported,
        @JsonProperty("require_request_uri_registration") @Nullable Boolean requireRequestUriRegistration,
        @JsonProperty("frontchannel_logout_supported") @Nullable Boolean frontchannelLogoutSupported,
        @JsonProperty("backchannel_logout_supported") @Nullable Boolean backchannelLogoutSupported) {
}
