package dev.portcullis.adapters.rest.wellknown;

import dev.portcullis.application.discovery.GetServerMetadataUseCase;
import dev.portcullis.application.discovery.ServerMetadata;
import dev.portcullis.application.key.GetPublicKeysUseCase;
import dev.portcullis.application.key.PublicKeys;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery documents (RFC 8414, OpenID Connect Discovery 1.0) and the public keys (RFC 7517). They
 * advertise only what this build serves: endpoints that exist, the registered grant types, and the
 * algorithms of keys that exist. Both read only cached state, so they run on the event loop.
 */
@Controller("/.well-known")
final class WellKnownController {

    private static final List<String> SECRET_METHODS = List.of("client_secret_basic", "client_secret_post");

    private final GetServerMetadataUseCase metadata;
    private final GetPublicKeysUseCase publicKeys;

    WellKnownController(GetServerMetadataUseCase metadata, GetPublicKeysUseCase publicKeys) {
        this.metadata = metadata;
        this.publicKeys = publicKeys;
    }

    @Get("/jwks.json")
    Map<String, Object> jwks() {
        PublicKeys keys = publicKeys.get();
        return Map.of("keys", keys.keys());
    }

    @Get("/openid-configuration")
    Map<String, Object> openIdConfiguration() {
        return document(metadata.get());
    }

    @Get("/oauth-authorization-server")
    Map<String, Object> authorizationServer() {
        return document(metadata.get());
    }

    private static Map<String, Object> document(ServerMetadata server) {
        String issuer = server.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("token_endpoint", issuer + "/oauth2/token");
        document.put("jwks_uri", issuer + "/.well-known/jwks.json");
        document.put("introspection_endpoint", issuer + "/oauth2/introspect");
        document.put("revocation_endpoint", issuer + "/oauth2/revoke");
        document.put("grant_types_supported", server.grantTypes());
        document.put("response_types_supported", List.of());
        document.put("token_endpoint_auth_methods_supported", server.tokenEndpointAuthMethods());
        document.put("introspection_endpoint_auth_methods_supported", SECRET_METHODS);
        document.put("revocation_endpoint_auth_methods_supported", server.tokenEndpointAuthMethods());
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", server.idTokenSigningAlgs());
        if (server.authorizationCodeFlow()) {
            document.put("authorization_endpoint", issuer + "/oauth2/auth");
            document.put("userinfo_endpoint", issuer + "/userinfo");
            document.put("end_session_endpoint", issuer + "/oauth2/sessions/logout");
            document.put("response_types_supported", List.of("code"));
            document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
            document.put("code_challenge_methods_supported", server.codeChallengeMethods());
            document.put("scopes_supported", List.of("openid", "offline_access", "offline", "profile", "email"));
            document.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "acr",
                    "amr", "at_hash", "sid", "name", "email", "email_verified"));
            document.put("prompt_values_supported", List.of("none", "login", "consent", "select_account"));
            document.put("userinfo_signing_alg_values_supported", List.of("none"));
            document.put("authorization_response_iss_parameter_supported", true);
            document.put("claims_parameter_supported", false);
            document.put("request_parameter_supported", false);
            document.put("request_uri_parameter_supported", false);
            document.put("require_request_uri_registration", false);
            document.put("frontchannel_logout_supported", false);
            document.put("backchannel_logout_supported", false);
        }
        return document;
    }
}
