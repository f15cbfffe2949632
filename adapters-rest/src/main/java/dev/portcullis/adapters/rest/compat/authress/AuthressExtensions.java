package dev.portcullis.adapters.rest.compat.authress;

import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Between Authress's {@code Extension} and the core's clients. An extension is a public client (it runs in its
 * users' browsers and authenticates with {@code none}, so it must use PKCE) of the authorization code grant, with
 * refresh tokens, whose {@code client_id} is the {@code extensionId}. Its free-form metadata marks it as an
 * extension, so that the extensions API sees extensions only and never lists, changes or deletes another client.
 */
final class AuthressExtensions {

    /** The member of a client's metadata that makes it an extension. */
    static final String MARK = "authress_extension";

    private static final Scopes SCOPE = Scopes.of(List.of(Scopes.OPENID, Scopes.OFFLINE_ACCESS));
    private static final String REDIRECT_URLS = "application.redirectUrls";

    private AuthressExtensions() {
    }

    /** What a request body asks an extension to be, read but not yet checked by the domain's rules. */
    record Requested(Optional<String> extensionId, String name, List<String> redirectUrls) {
    }

    static boolean isExtension(Client client) {
        return Boolean.TRUE.equals(client.metadata().metadata().members().get(MARK));
    }

    /**
     * @throws OAuthException {@code invalid_request} for a body that is not an {@code Extension}: not JSON, a member
     *         of the wrong type, or no {@code name}
     */
    static Requested read(String body) {
        JsonMembers in = JsonMembers.of(JsonMembers.parse(body), ErrorCode.INVALID_REQUEST, "an extension");
        Optional<String> extensionId = in.string("extensionId").filter(id -> !id.isEmpty());
        String name = in.string("name").filter(text -> !text.isBlank())
                .orElseThrow(() -> OAuthException.invalidRequest("name is required"));
        List<String> redirectUrls = in.nested("application")
                .flatMap(application -> application.strings("redirectUrls"))
                .orElse(List.of());
        return new Requested(extensionId, name, redirectUrls);
    }

    /**
     * A new extension: an {@code extensionId} the body chooses, or one generated.
     *
     * @throws OAuthException {@code invalid_client_metadata} for a malformed id, {@code invalid_redirect_uri} for
     *         redirect URLs the domain refuses, or none at all
     */
    static ClientRegistration registration(Requested requested) {
        ClientMetadata metadata = ClientMetadata.builder()
                .clientName(requested.name())
                .redirectUris(redirectUris(requested))
                .grantTypes(new LinkedHashSet<>(List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN)))
                .responseTypes(new LinkedHashSet<>(List.of(ResponseType.CODE)))
                .scope(SCOPE)
                .tokenEndpointAuthMethod(AuthMethod.NONE)
                .metadata(new JsonDocument(Map.of(MARK, true)))
                .build();
        return new ClientRegistration(requested.extensionId().map(ClientId::parse), Optional.empty(), metadata);
    }

    /**
     * The extension with the body's name and redirect URLs, and everything else as it is (an operator may have
     * changed more of the client through the admin API).
     *
     * @throws OAuthException {@code not_found} when the client is not an extension; {@code invalid_request} when the
     *         body names another extension; the domain's errors as for {@link #registration}
     */
    static ClientRegistration change(Client current, Requested requested) {
        if (!isExtension(current)) {
            throw notFound();
        }
        if (requested.extensionId().isPresent() && !requested.extensionId().get().equals(current.id().value())) {
            throw OAuthException.invalidRequest("extensionId in the body differs from the one in the path");
        }
        ClientMetadata metadata = current.metadata().toBuilder()
                .clientName(requested.name())
                .redirectUris(redirectUris(requested))
                .build();
        return new ClientRegistration(Optional.of(current.id()), Optional.empty(), metadata);
    }

    static OAuthException notFound() {
        return OAuthException.notFound("no extension with this extensionId");
    }

    private static List<RedirectUri> redirectUris(Requested requested) {
        return requested.redirectUrls().stream().map(url -> RedirectUri.parse(url, REDIRECT_URLS)).toList();
    }
}
