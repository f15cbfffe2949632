package dev.portcullis.adapters.rest.oauth.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The authorization server metadata (RFC 8414 §2) and OpenID Provider metadata (OpenID Connect Discovery 1.0
 * §3), the same document on both well-known paths, as the contributions assemble it: each member is set by the
 * endpoint or feature it names, and members nothing contributed are left out.
 */
@Serdeable.Serializable
@Introspected(accessKind = Introspected.AccessKind.FIELD)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DiscoveryDocument {

    @JsonProperty("issuer")
    final String issuer;
    @JsonProperty("token_endpoint")
    String tokenEndpoint;
    @JsonProperty("jwks_uri")
    String jwksUri;
    @JsonProperty("introspection_endpoint")
    String introspectionEndpoint;
    @JsonProperty("revocation_endpoint")
    String revocationEndpoint;
    @JsonProperty("grant_types_supported")
    List<String> grantTypesSupported = List.of();
    @JsonProperty("response_types_supported")
    List<String> responseTypesSupported = List.of();
    @JsonProperty("token_endpoint_auth_methods_supported")
    List<String> tokenEndpointAuthMethodsSupported;
    @JsonProperty("token_endpoint_auth_signing_alg_values_supported")
    List<String> tokenEndpointAuthSigningAlgValuesSupported;
    @JsonProperty("introspection_endpoint_auth_methods_supported")
    List<String> introspectionEndpointAuthMethodsSupported;
    @JsonProperty("revocation_endpoint_auth_methods_supported")
    List<String> revocationEndpointAuthMethodsSupported;
    @JsonProperty("subject_types_supported")
    List<String> subjectTypesSupported;
    @JsonProperty("id_token_signing_alg_values_supported")
    List<String> idTokenSigningAlgValuesSupported;
    @JsonProperty("authorization_endpoint")
    String authorizationEndpoint;
    @JsonProperty("userinfo_endpoint")
    String userinfoEndpoint;
    @JsonProperty("end_session_endpoint")
    String endSessionEndpoint;
    @JsonProperty("registration_endpoint")
    String registrationEndpoint;
    @JsonProperty("response_modes_supported")
    List<String> responseModesSupported;
    @JsonProperty("code_challenge_methods_supported")
    List<String> codeChallengeMethodsSupported;
    @JsonProperty("scopes_supported")
    List<String> scopesSupported;
    @JsonProperty("claims_supported")
    List<String> claimsSupported;
    @JsonProperty("acr_values_supported")
    List<String> acrValuesSupported;
    @JsonProperty("prompt_values_supported")
    List<String> promptValuesSupported;
    @JsonProperty("userinfo_signing_alg_values_supported")
    List<String> userinfoSigningAlgValuesSupported;
    @JsonProperty("authorization_response_iss_parameter_supported")
    Boolean authorizationResponseIssParameterSupported;
    @JsonProperty("claims_parameter_supported")
    Boolean claimsParameterSupported;
    @JsonProperty("request_parameter_supported")
    Boolean requestParameterSupported;
    @JsonProperty("request_uri_parameter_supported")
    Boolean requestUriParameterSupported;
    @JsonProperty("require_request_uri_registration")
    Boolean requireRequestUriRegistration;
    @JsonProperty("request_object_signing_alg_values_supported")
    List<String> requestObjectSigningAlgValuesSupported;
    @JsonProperty("frontchannel_logout_supported")
    Boolean frontchannelLogoutSupported;
    @JsonProperty("backchannel_logout_supported")
    Boolean backchannelLogoutSupported;

    DiscoveryDocument(String issuer) {
        this.issuer = issuer;
    }

    /** An absolute URL of this server: the issuer and {@code path}. */
    public String url(String path) {
        return issuer + path;
    }

    public DiscoveryDocument tokenEndpoint(String path, List<String> authMethods) {
        tokenEndpoint = url(path);
        tokenEndpointAuthMethodsSupported = List.copyOf(authMethods);
        return this;
    }

    /** RFC 8414 §2: required when the token endpoint takes {@code private_key_jwt}. */
    public DiscoveryDocument tokenEndpointAuthSigningAlgs(List<String> algorithms) {
        tokenEndpointAuthSigningAlgValuesSupported = List.copyOf(algorithms);
        return this;
    }

    public DiscoveryDocument jwksUri(String path) {
        jwksUri = url(path);
        return this;
    }

    public DiscoveryDocument introspectionEndpoint(String path, List<String> authMethods) {
        introspectionEndpoint = url(path);
        introspectionEndpointAuthMethodsSupported = List.copyOf(authMethods);
        return this;
    }

    public DiscoveryDocument revocationEndpoint(String path, List<String> authMethods) {
        revocationEndpoint = url(path);
        revocationEndpointAuthMethodsSupported = List.copyOf(authMethods);
        return this;
    }

    /** The authorization endpoint and what its requests may hold. */
    public DiscoveryDocument authorizationEndpoint(String path, List<String> responseTypes, List<String> responseModes,
                                                   List<String> codeChallengeMethods, List<String> prompts) {
        authorizationEndpoint = url(path);
        responseTypesSupported = List.copyOf(responseTypes);
        responseModesSupported = List.copyOf(responseModes);
        codeChallengeMethodsSupported = List.copyOf(codeChallengeMethods);
        promptValuesSupported = List.copyOf(prompts);
        return this;
    }

    /** What the authorization endpoint does not take, or does (RFC 9101, OIDC Core §5.5, RFC 9207). */
    public DiscoveryDocument authorizationParameters(boolean issParameter, boolean claimsParameter, boolean requestParameter,
                                                     boolean requestUriParameter, boolean requireRequestUriRegistration) {
        authorizationResponseIssParameterSupported = issParameter;
        claimsParameterSupported = claimsParameter;
        requestParameterSupported = requestParameter;
        requestUriParameterSupported = requestUriParameter;
        this.requireRequestUriRegistration = requireRequestUriRegistration;
        return this;
    }

    /** The algorithms request objects may be signed with (OIDC Discovery §3), {@code none} for unsigned ones. */
    public DiscoveryDocument requestObjectSigningAlgs(List<String> algs) {
        requestObjectSigningAlgValuesSupported = List.copyOf(algs);
        return this;
    }

    /** The scopes and claims OpenID Connect requests may ask for. */
    public DiscoveryDocument scopesAndClaims(List<String> scopes, List<String> claims) {
        scopesSupported = List.copyOf(scopes);
        claimsSupported = List.copyOf(claims);
        return this;
    }

    /** The Authentication Context Class References logins may have (OIDC Discovery §3). */
    public DiscoveryDocument acrValues(List<String> acrValues) {
        acrValuesSupported = List.copyOf(acrValues);
        return this;
    }

    public DiscoveryDocument userinfoEndpoint(String path, List<String> signingAlgs) {
        userinfoEndpoint = url(path);
        userinfoSigningAlgValuesSupported = List.copyOf(signingAlgs);
        return this;
    }

    public DiscoveryDocument endSessionEndpoint(String path, boolean frontchannelLogout, boolean backchannelLogout) {
        endSessionEndpoint = url(path);
        frontchannelLogoutSupported = frontchannelLogout;
        backchannelLogoutSupported = backchannelLogout;
        return this;
    }

    public DiscoveryDocument registrationEndpoint(String path) {
        registrationEndpoint = url(path);
        return this;
    }

    DiscoveryDocument core(List<String> grantTypes, List<String> subjectTypes, List<String> idTokenSigningAlgs) {
        grantTypesSupported = List.copyOf(grantTypes);
        subjectTypesSupported = List.copyOf(subjectTypes);
        idTokenSigningAlgValuesSupported = List.copyOf(idTokenSigningAlgs);
        return this;
    }
}
