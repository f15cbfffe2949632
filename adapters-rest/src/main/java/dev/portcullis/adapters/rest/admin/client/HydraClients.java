package dev.portcullis.adapters.rest.admin.client;

import dev.portcullis.adapters.rest.admin.client.HydraClientBody.BoxSubjectBody;
import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.domain.client.AccessTokenStrategy;
import dev.portcullis.domain.client.ActingSubject;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientMetadata.ClientUris;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.client.RequestObjectSigningAlg;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.key.SigningAlgorithm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Between ORY Hydra v2's client JSON and the domain: the one place that knows what each RFC 7591 / Hydra member
 * means. The domain's rules run as the metadata is built, naming the member at fault.
 */
public final class HydraClients {

    /** No client: {@code {}}, where a request's client no longer exists. */
    public static final HydraClientBody NONE = new HydraClientBody(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, HydraLifespans.NONE, null, null,
            null, null, null, null);

    private HydraClients() {
    }

    /** A client that is gone, named by its id alone: {@code {"client_id": …}}. */
    public static HydraClientBody onlyId(ClientId id) {
        return new HydraClientBody(id.value(), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, HydraLifespans.NONE, null, null, null, null, null, null);
    }

    /** The body of a client, with its secret in the clear when this change set one. */
    public static HydraClientBody body(RegisteredClient registered) {
        return body(registered.client(), registered.newSecret());
    }

    /** The body of a stored client, without any secret. */
    public static HydraClientBody body(Client client) {
        return body(client, Optional.empty());
    }

    private static HydraClientBody body(Client client, Optional<ClientSecret> secret) {
        ClientMetadata m = client.metadata();
        return new HydraClientBody(client.id().value(), m.clientName(), m.owner(),
                m.redirectUris().stream().map(RedirectUri::toString).toList(),
                m.postLogoutRedirectUris().stream().map(RedirectUri::toString).toList(),
                m.grantTypes().stream().map(GrantType::value).toList(),
                m.responseTypes().stream().map(ResponseType::value).toList(),
                m.scope().value(), List.copyOf(m.audience().values()), m.tokenEndpointAuthMethod().wireName(),
                m.accessTokenStrategy().map(AccessTokenStrategy::wireName).orElse(null), m.requirePkce().orElse(null),
                m.actingSubjects().stream().map(BoxSubjectBody::from).toList(),
                m.registeredScopeByDefault() ? Boolean.TRUE : null, m.skipConsent(), m.enabled(),
                text(m.uris().clientUri()), text(m.uris().logoUri()), text(m.uris().policyUri()), text(m.uris().tosUri()),
                text(m.jwksUri()), m.jwks().map(JsonDocument::members).orElse(null),
                m.requestObjectSigningAlg().map(RequestObjectSigningAlg::value).orElse(null),
                m.userinfoSignedResponseAlg().map(SigningAlgorithm::wireName).orElse(null), m.contacts(),
                HydraLifespans.of(m.lifespans()), m.metadata().members(), 0L, client.createdAt().toString(),
                client.updatedAt().toString(), client.lastUsedAt().map(Instant::toString).orElse(null),
                secret.map(ClientSecret::value).orElse(null));
    }

    /**
     * What a body asks for, checked by the domain's rules.
     *
     * @throws OAuthException {@code invalid_client_metadata} or {@code invalid_redirect_uri}, naming the member
     */
    public static ClientRegistration registration(HydraClientBody body) {
        ClientMetadata.Builder builder = ClientMetadata.builder()
                .clientName(Optional.ofNullable(body.clientName()).orElse(""))
                .owner(Optional.ofNullable(body.owner()).orElse(""))
                .redirectUris(redirectUris(body.redirectUris(), "redirect_uris"))
                .postLogoutRedirectUris(redirectUris(body.postLogoutRedirectUris(), "post_logout_redirect_uris"))
                .scope(Scopes.parse(body.scope(), ErrorCode.INVALID_CLIENT_METADATA, "scope"))
                .audience(Audience.of(Optional.ofNullable(body.audience()).orElse(List.of()),
                        ErrorCode.INVALID_CLIENT_METADATA, "audience"))
                .requirePkce(Optional.ofNullable(body.requirePkce()))
                .actingSubjects(actingSubjects(body.boxSubjects()))
                .registeredScopeByDefault(Boolean.TRUE.equals(body.registeredScopeByDefault()))
                .skipConsent(Boolean.TRUE.equals(body.skipConsent()))
                .enabled(!Boolean.FALSE.equals(body.enabled()))
                .uris(new ClientUris(uri(body.clientUri(), "client_uri"), uri(body.logoUri(), "logo_uri"),
                        uri(body.policyUri(), "policy_uri"), uri(body.tosUri(), "tos_uri")))
                .jwksUri(uri(body.jwksUri(), "jwks_uri"))
                .jwks(Optional.ofNullable(body.jwks()).map(JsonDocument::new))
                .requestObjectSigningAlg(Optional.ofNullable(body.requestObjectSigningAlg())
                        .map(alg -> RequestObjectSigningAlg.parse(alg, "request_object_signing_alg")))
                .userinfoSignedResponseAlg(Optional.ofNullable(body.userinfoSignedResponseAlg())
                        .map(ClientMetadata::userinfoSigningAlgorithm))
                .contacts(Optional.ofNullable(body.contacts()).orElse(List.of()))
                .lifespans(body.lifespans().toDomain())
                .metadata(Optional.ofNullable(body.metadata()).map(JsonDocument::new).orElse(JsonDocument.EMPTY));
        if (body.grantTypes() != null) {
            builder.grantTypes(grantTypes(body.grantTypes()));
        }
        if (body.responseTypes() != null) {
            builder.responseTypes(responseTypes(body.responseTypes()));
        }
        nonEmpty(body.tokenEndpointAuthMethod()).ifPresent(name -> builder.tokenEndpointAuthMethod(
                AuthMethod.fromWireName(name).orElseThrow(() -> OAuthException.invalidClientMetadata(
                        "token_endpoint_auth_method must be one of client_secret_basic, client_secret_post, private_key_jwt, none"))));
        nonEmpty(body.accessTokenStrategy()).ifPresent(name -> builder.accessTokenStrategy(Optional.of(
                AccessTokenStrategy.fromWireName(name).orElseThrow(() -> OAuthException.invalidClientMetadata(
                        "access_token_strategy must be jwt or opaque")))));
        Optional<ClientId> clientId = nonEmpty(body.clientId()).map(ClientId::parse);
        return new ClientRegistration(clientId, nonEmpty(body.clientSecret()), builder.build());
    }

    private static List<RedirectUri> redirectUris(List<String> values, String member) {
        return values == null ? List.of() : values.stream().map(v -> RedirectUri.parse(v, member)).toList();
    }

    private static Set<ActingSubject> actingSubjects(List<BoxSubjectBody> values) {
        Set<ActingSubject> subjects = new LinkedHashSet<>();
        for (BoxSubjectBody value : values == null ? List.<BoxSubjectBody>of() : values) {
            if (value == null || value.type() == null || value.id() == null) {
                throw OAuthException.invalidClientMetadata("box_subjects must hold objects with box_subject_type and box_subject_id");
            }
            subjects.add(ActingSubject.of(value.type(), value.id(), "box_subjects"));
        }
        return subjects;
    }

    private static Set<GrantType> grantTypes(List<String> values) {
        Set<GrantType> grants = new LinkedHashSet<>();
        for (String value : values) {
            if (!GrantType.isWellFormed(value)) {
                throw OAuthException.invalidClientMetadata("grant_types contains a malformed grant type");
            }
            grants.add(new GrantType(value));
        }
        return grants;
    }

    private static Set<ResponseType> responseTypes(List<String> values) {
        Set<ResponseType> types = new LinkedHashSet<>();
        for (String value : values) {
            types.add(ResponseType.parse(value).orElseThrow(
                    () -> OAuthException.invalidClientMetadata("response_types contains a malformed response type")));
        }
        return types;
    }

    private static Optional<URI> uri(String raw, String member) {
        return nonEmpty(raw).map(value -> {
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                throw OAuthException.invalidClientMetadata(member + " must be a URI");
            }
        });
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isEmpty());
    }

    private static String text(Optional<URI> uri) {
        return uri.map(URI::toString).orElse(null);
    }
}
