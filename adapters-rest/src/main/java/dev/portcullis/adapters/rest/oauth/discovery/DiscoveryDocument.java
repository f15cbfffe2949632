package dev.portcullis.adapters.rest.oauth.discovery;

import java.util.List;

/** The discovery document being assembled from the contributions; each member is set by the endpoint it names. */
public final class DiscoveryDocument {

    private final String issuer;
    String authorizationEndpoint;
    String tokenEndpoint;
    String userinfoEndpoint;
    String jwksUri;
    String introspectionEndpoint;
    String revocationEndpoint;
    String endSessionEndpoint;
    String registrationEndpoint;
    List<String> grantTypesSupported = List.of();
    List<String> responseTypesSupported = List.of();
    List<String> responseModesSupported;
    List<String> tokenEndpointAuthMethodsSupported;
    List<String> introspectionEndpointAuthMethodsSupported;
    List<String> revocationEndpointAuthMethodsSupported;
    List<String> subjectTypesSupported;
    List<String> idTokenSigningAlgValuesSupported;
    List<String> userinfoSigningAlgValuesSupported;
    List<String> codeChallengeMethodsSupported;
    List<String> scopesSupported;
    List<String> claimsSupported;
    List<String> promptValuesSupported;
    Boolean authorizationResponseIssParameterSupported;
    Boolean claimsParameterSupported;
    Boolean requestParameterSupported;
    Boolean requestUriParameterSupported;
    Boolean requireRequestUriRegistration;
    Boolean frontchannelLogoutSupported;
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

    /** The scopes and claims OpenID Connect requests may ask for. */
    public DiscoveryDocument scopesAndClaims(List<String> scopes, List<String> claims) {
        scopesSupported = List.copyOf(scopes);
        claimsSupported = List.copyOf(claims);
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

    DiscoveryBody body() {
        return new DiscoveryBody(issuer, tokenEndpoint, jwksUri, introspectionEndpoint, revocationEndpoint,
                grantTypesSupported, responseTypesSupported, tokenEndpointAuthMethodsSupported,
                introspectionEndpointAuthMethodsSupported, revocationEndpointAuthMethodsSupported, subjectTypesSupported,
                idTokenSigningAlgValuesSupported, authorizationEndpoint, userinfoEndpoint, endSessionEndpoint,
                registrationEndpoint, responseModesSupported, codeChallengeMethodsSupported, scopesSupported,
                claimsSupported, promptValuesSupported, userinfoSigningAlgValuesSupported,
                authorizationResponseIssParameterSupported, claimsParameterSupported, requestParameterSupported,
                requestUriParameterSupported, requireRequestUriRegistration, frontchannelLogoutSupported,
                backchannelLogoutSupported);
    }
}
