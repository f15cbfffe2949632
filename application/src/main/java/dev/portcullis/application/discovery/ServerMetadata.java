package dev.portcullis.application.discovery;

import java.util.List;
import java.util.Objects;

/**
 * What the server supports, for its discovery documents (RFC 8414, OpenID Connect Discovery 1.0). Only
 * what works: the grant types some handler serves, and the algorithms of keys that exist.
 *
 * @param grantTypes                 every grant type some handler serves, and {@code implicit} with the code grant,
 *                                   in name order
 * @param tokenEndpointAuthMethods   client authentication methods the token endpoint accepts
 * @param accessTokenSigningAlgs     algorithms of the access-token set's keys, signing key's first
 * @param idTokenSigningAlgs         algorithms of the id-token set's keys, signing key's first
 * @param codeChallengeMethods       the PKCE methods the authorization endpoint accepts
 * @param tokenEndpointAuthSigningAlgs the algorithms a {@code private_key_jwt} client assertion may be signed with
 */
public record ServerMetadata(
        String issuer,
        List<String> grantTypes,
        List<String> tokenEndpointAuthMethods,
        List<String> accessTokenSigningAlgs,
        List<String> idTokenSigningAlgs,
        List<String> codeChallengeMethods,
        List<String> tokenEndpointAuthSigningAlgs) {

    public ServerMetadata {
        Objects.requireNonNull(issuer, "issuer");
        grantTypes = List.copyOf(grantTypes);
        tokenEndpointAuthMethods = List.copyOf(tokenEndpointAuthMethods);
        accessTokenSigningAlgs = List.copyOf(accessTokenSigningAlgs);
        idTokenSigningAlgs = List.copyOf(idTokenSigningAlgs);
        codeChallengeMethods = List.copyOf(codeChallengeMethods);
        tokenEndpointAuthSigningAlgs = List.copyOf(tokenEndpointAuthSigningAlgs);
    }

    /** The response types of the authorization endpoint: {@code code}, and the implicit flow's (OIDC Core §3.2). */
    public static final List<String> RESPONSE_TYPES = List.of("code", "id_token", "id_token token");

    /** Whether the authorization code flow is served: its endpoints and parameters are advertised only then. */
    public boolean authorizationCodeFlow() {
        return grantTypes.contains("authorization_code");
    }
}
