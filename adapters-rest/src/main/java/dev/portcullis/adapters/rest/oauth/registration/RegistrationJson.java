package dev.portcullis.adapters.rest.oauth.registration;

import dev.portcullis.adapters.rest.admin.client.ClientJson;
import dev.portcullis.adapters.rest.admin.client.HydraClients;
import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.registration.ClientConfiguration;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.ResponseType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Between RFC 7591 / OpenID Connect Registration client metadata and the domain. The members both know are read
 * as the admin API reads them, by the same domain rules; the admin API's own members (audience, skip_consent,
 * lifespans…) and the credentials the server issues (client_id, client_secret) are not a registrant's to set,
 * and are ignored like any unknown member (RFC 7591 §2). The OpenID Connect members this server does not store
 * are checked against what it does: a value it cannot honour is {@code invalid_client_metadata}.
 */
final class RegistrationJson {

    /** The RFC 7591 §2 and OIDC members the client registry stores. */
    private static final Set<String> STORED = Set.of("client_name", "redirect_uris", "post_logout_redirect_uris",
            "grant_types", "response_types", "scope", "token_endpoint_auth_method", "client_uri", "logo_uri",
            "policy_uri", "tos_uri", "jwks_uri", "jwks", "request_object_signing_alg", "contacts",
            "userinfo_signed_response_alg");

    private RegistrationJson() {
    }

    /**
     * The metadata a registration or replacement asks for.
     *
     * @param idTokenSigningAlgs the algorithms ID tokens are signed with
     * @throws OAuthException {@code invalid_request} for a body that is not a JSON object,
     *         {@code invalid_client_metadata} or {@code invalid_redirect_uri} naming the member at fault
     */
    static ClientMetadata read(JsonValue body, List<String> idTokenSigningAlgs) {
        JsonMembers in = JsonMembers.of(body, ErrorCode.INVALID_CLIENT_METADATA, "client metadata");
        checkUnstored(in, idTokenSigningAlgs);
        JsonObjectBuilder stored = Json.createObjectBuilder();
        ((JsonObject) body).forEach((name, value) -> {
            if (STORED.contains(name)) {
                stored.add(name, value);
            }
        });
        ClientMetadata metadata = HydraClients.registration(ClientJson.read(stored.build())).metadata();
        Optional<String> sector = in.string("sector_identifier_uri");
        if (sector.isEmpty()) {
            return metadata;
        }
        try {
            return metadata.toBuilder().sectorIdentifierUri(Optional.of(new URI(sector.get()))).build();
        } catch (URISyntaxException e) {
            throw OAuthException.invalidClientMetadata("sector_identifier_uri must be a URI");
        }
    }

    /** The client_id a replacement names, when it names one (RFC 7592 §2.2). */
    static Optional<String> clientId(JsonValue body) {
        return JsonMembers.of(body, ErrorCode.INVALID_CLIENT_METADATA, "client metadata").string("client_id");
    }

    // OIDC Registration §2: members this server answers with a fixed value, so it accepts only that value.
    private static void checkUnstored(JsonMembers in, List<String> idTokenSigningAlgs) {
        in.string("id_token_signed_response_alg").ifPresent(alg -> {
            if (!idTokenSigningAlgs.contains(alg)) {
                throw OAuthException.invalidClientMetadata("id_token_signed_response_alg must be one of " + idTokenSigningAlgs);
            }
        });
        // OIDC Core §5.3.2: userinfo is signed with the id-token set's key of that algorithm, so the set must have one.
        in.string("userinfo_signed_response_alg").ifPresent(alg -> {
            if (!idTokenSigningAlgs.contains(alg)) {
                throw OAuthException.invalidClientMetadata("userinfo_signed_response_alg must be one of " + idTokenSigningAlgs);
            }
        });
        in.string("subject_type").ifPresent(type -> {
            if (!type.equals("public")) {
                throw OAuthException.invalidClientMetadata("subject_type must be public: pairwise subjects are not supported");
            }
        });
        in.string("application_type").ifPresent(type -> {
            if (!type.equals("web") && !type.equals("native")) {
                throw OAuthException.invalidClientMetadata("application_type must be web or native");
            }
        });
        for (String member : List.of("id_token_encrypted_response_alg",
                "id_token_encrypted_response_enc", "userinfo_encrypted_response_alg", "userinfo_encrypted_response_enc")) {
            if (in.string(member).isPresent()) {
                throw OAuthException.invalidClientMetadata(member + " is not supported: ID tokens and userinfo are "
                        + "signed as discovery says, and never encrypted");
            }
        }
    }

    /**
     * RFC 7591 §3.2.1 and RFC 7592 §3: the client's metadata with its credentials and how to manage it.
     *
     * @param configurationUri the client's configuration endpoint, {@code registration_client_uri}
     */
    static Map<String, Object> body(ClientConfiguration configuration, String configurationUri, List<String> idTokenSigningAlgs) {
        Client client = configuration.client();
        ClientMetadata m = client.metadata();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("client_id", client.id().value());
        configuration.newSecret().map(ClientSecret::value).ifPresent(secret -> out.put("client_secret", secret));
        out.put("client_id_issued_at", client.createdAt().getEpochSecond());
        if (client.usesSecret()) {
            out.put("client_secret_expires_at", 0L);
        }
        out.put("registration_access_token", configuration.registrationAccessToken());
        out.put("registration_client_uri", configurationUri);
        out.put("client_name", m.clientName());
        out.put("redirect_uris", m.redirectUris().stream().map(RedirectUri::toString).toList());
        if (!m.postLogoutRedirectUris().isEmpty()) {
            out.put("post_logout_redirect_uris", m.postLogoutRedirectUris().stream().map(RedirectUri::toString).toList());
        }
        out.put("grant_types", m.grantTypes().stream().map(GrantType::value).toList());
        out.put("response_types", m.responseTypes().stream().map(ResponseType::value).toList());
        out.put("scope", m.scope().value());
        out.put("token_endpoint_auth_method", m.tokenEndpointAuthMethod().wireName());
        m.uris().clientUri().ifPresent(uri -> out.put("client_uri", uri.toString()));
        m.uris().logoUri().ifPresent(uri -> out.put("logo_uri", uri.toString()));
        m.uris().policyUri().ifPresent(uri -> out.put("policy_uri", uri.toString()));
        m.uris().tosUri().ifPresent(uri -> out.put("tos_uri", uri.toString()));
        m.jwksUri().map(URI::toString).ifPresent(uri -> out.put("jwks_uri", uri));
        m.jwks().map(JsonDocument::members).ifPresent(jwks -> out.put("jwks", jwks));
        m.requestObjectSigningAlg().ifPresent(alg -> out.put("request_object_signing_alg", alg.value()));
        m.userinfoSignedResponseAlg().ifPresent(alg -> out.put("userinfo_signed_response_alg", alg.wireName()));
        if (!m.contacts().isEmpty()) {
            out.put("contacts", m.contacts());
        }
        m.sectorIdentifierUri().ifPresent(uri -> out.put("sector_identifier_uri", uri.toString()));
        out.put("subject_type", "public");
        if (!idTokenSigningAlgs.isEmpty()) {
            out.put("id_token_signed_response_alg", idTokenSigningAlgs.get(0));
        }
        return out;
    }
}
