package dev.portcullis.application.client;

import dev.portcullis.domain.client.AccessTokenStrategy;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientMetadata.ClientUris;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.LifespanKey;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.client.TokenLifespans;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes {@link ClientDocument}s: the one place that knows the RFC 7591 / Hydra member names
 * and their JSON types. Reading checks every member's type and names the member in its error. Storage
 * adapters keep a client's metadata in this form too ({@link #metadataOf}, {@link #readMetadata}).
 */
public final class ClientDocuments {

    static final String CLIENT_ID = "client_id";
    static final String CLIENT_SECRET = "client_secret";
    static final String CREATED_AT = "created_at";

    /** Hydra's flat lifespan members, each one grant type's lifespan of one kind of token. */
    private static final Map<String, LifespanKey> LIFESPANS = lifespanFields();

    private ClientDocuments() {
    }

    /** What a document asks for: the metadata, and the id and secret if it names them. */
    record Registration(Optional<String> clientId, Optional<String> clientSecret, ClientMetadata metadata) {
    }

    static Registration read(ClientDocument document) {
        Reader in = new Reader(document.fields());
        Optional<String> clientId = in.string(CLIENT_ID).filter(s -> !s.isEmpty());
        Optional<String> secret = in.string(CLIENT_SECRET).filter(s -> !s.isEmpty());
        ClientMetadata.Builder builder = ClientMetadata.builder()
                .clientName(in.string("client_name").orElse(""))
                .owner(in.string("owner").orElse(""))
                .redirectUris(in.strings("redirect_uris").map(uris -> redirectUris(uris, "redirect_uris")).orElse(List.of()))
                .postLogoutRedirectUris(in.strings("post_logout_redirect_uris")
                        .map(uris -> redirectUris(uris, "post_logout_redirect_uris")).orElse(List.of()))
                .scope(in.string("scope").map(s -> Scopes.parse(s, ErrorCode.INVALID_CLIENT_METADATA, "scope")).orElse(Scopes.NONE))
                .audience(in.strings("audience").map(LinkedHashSet::new).orElse(new LinkedHashSet<>()))
                .skipConsent(in.bool("skip_consent").orElse(false))
                .enabled(in.bool("enabled").orElse(true))
                .uris(new ClientUris(in.uri("client_uri"), in.uri("logo_uri"), in.uri("policy_uri"), in.uri("tos_uri")))
                .jwksUri(in.uri("jwks_uri"))
                .jwks(in.object("jwks").map(JsonDocument::new))
                .contacts(in.strings("contacts").orElse(List.of()))
                .lifespans(lifespans(in))
                .metadata(in.object("metadata").map(JsonDocument::new).orElse(JsonDocument.EMPTY));
        in.strings("grant_types").ifPresent(values -> builder.grantTypes(grantTypes(values)));
        in.strings("response_types").ifPresent(values -> builder.responseTypes(responseTypes(values)));
        in.string("token_endpoint_auth_method").filter(s -> !s.isEmpty()).ifPresent(name -> builder.tokenEndpointAuthMethod(
                AuthMethod.fromWireName(name).orElseThrow(() -> OAuthException.invalidClientMetadata(
                        "token_endpoint_auth_method must be one of client_secret_basic, client_secret_post, private_key_jwt, none"))));
        in.string("access_token_strategy").filter(s -> !s.isEmpty()).ifPresent(name -> builder.accessTokenStrategy(Optional.of(
                AccessTokenStrategy.fromWireName(name).orElseThrow(() -> OAuthException.invalidClientMetadata(
                        "access_token_strategy must be jwt or opaque")))));
        clientId.ifPresent(ClientId::parse);
        return new Registration(clientId, secret, builder.build());
    }

    /** A client's metadata as a document, to be stored and read back with {@link #readMetadata}. */
    public static Map<String, Object> metadataOf(Client client) {
        return write(client);
    }

    /**
     * The metadata a stored document holds, checked as at registration.
     *
     * @throws OAuthException when the document no longer passes the rules
     */
    public static ClientMetadata readMetadata(Map<String, Object> document) {
        return read(new ClientDocument(document)).metadata();
    }

    /** The document of a stored client, without any secret. */
    static Map<String, Object> write(Client client) {
        ClientMetadata m = client.metadata();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(CLIENT_ID, client.id().value());
        out.put("client_name", m.clientName());
        out.put("owner", m.owner());
        out.put("redirect_uris", strings(m.redirectUris(), RedirectUri::toString));
        out.put("post_logout_redirect_uris", strings(m.postLogoutRedirectUris(), RedirectUri::toString));
        out.put("grant_types", strings(m.grantTypes(), GrantType::value));
        out.put("response_types", strings(m.responseTypes(), ResponseType::value));
        out.put("scope", m.scope().value());
        out.put("audience", List.copyOf(m.audience()));
        out.put("token_endpoint_auth_method", m.tokenEndpointAuthMethod().wireName());
        m.accessTokenStrategy().ifPresent(s -> out.put("access_token_strategy", s.wireName()));
        out.put("skip_consent", m.skipConsent());
        out.put("enabled", m.enabled());
        m.uris().clientUri().ifPresent(u -> out.put("client_uri", u.toString()));
        m.uris().logoUri().ifPresent(u -> out.put("logo_uri", u.toString()));
        m.uris().policyUri().ifPresent(u -> out.put("policy_uri", u.toString()));
        m.uris().tosUri().ifPresent(u -> out.put("tos_uri", u.toString()));
        m.jwksUri().ifPresent(u -> out.put("jwks_uri", u.toString()));
        m.jwks().ifPresent(j -> out.put("jwks", j.members()));
        out.put("contacts", m.contacts());
        LIFESPANS.forEach((field, key) -> m.lifespans().of(key.grantType(), key.tokenKind())
                .ifPresent(d -> out.put(field, Durations.format(d))));
        out.put("metadata", m.metadata().members());
        out.put("client_secret_expires_at", 0);
        out.put(CREATED_AT, client.createdAt().toString());
        out.put("updated_at", client.updatedAt().toString());
        client.lastUsedAt().map(Instant::toString).ifPresent(t -> out.put("last_used_at", t));
        return out;
    }

    private static List<RedirectUri> redirectUris(List<String> values, String field) {
        return values.stream().map(v -> RedirectUri.parse(v, field)).toList();
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

    private static TokenLifespans lifespans(Reader in) {
        Map<LifespanKey, Duration> values = new LinkedHashMap<>();
        LIFESPANS.forEach((field, key) -> in.string(field).filter(s -> !s.isEmpty()).ifPresent(raw -> {
            Duration duration = Durations.parse(raw)
                    .filter(d -> !d.isZero() && d.toMillisPart() == 0)
                    .orElseThrow(() -> OAuthException.invalidClientMetadata(
                            field + " must be a positive whole number of seconds written like 1h30m or 45s"));
            values.put(key, duration);
        }));
        return new TokenLifespans(values);
    }

    private static Map<String, LifespanKey> lifespanFields() {
        Map<String, LifespanKey> fields = new LinkedHashMap<>();
        Map<String, GrantType> grants = new LinkedHashMap<>();
        grants.put("authorization_code", GrantType.AUTHORIZATION_CODE);
        grants.put("client_credentials", GrantType.CLIENT_CREDENTIALS);
        grants.put("implicit", GrantType.IMPLICIT);
        grants.put("jwt_bearer", GrantType.JWT_BEARER);
        grants.put("refresh_token", GrantType.REFRESH_TOKEN);
        grants.put("device_authorization", GrantType.DEVICE_CODE);
        grants.put("token_exchange", GrantType.TOKEN_EXCHANGE);
        grants.forEach((name, grant) -> {
            for (TokenKind kind : TokenKind.values()) {
                fields.put(name + "_grant_" + kind.wireName() + "_lifespan", new LifespanKey(grant, kind));
            }
        });
        return fields;
    }

    private static <T> List<String> strings(java.util.Collection<T> values, Function<T, String> toString) {
        return values.stream().map(toString).toList();
    }

    /** Typed access to a document's members; JSON null reads as absent. */
    private record Reader(Map<String, Object> fields) {

        Optional<String> string(String name) {
            Object value = fields.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof String text)) {
                throw OAuthException.invalidClientMetadata(name + " must be a string");
            }
            return Optional.of(text);
        }

        Optional<Boolean> bool(String name) {
            Object value = fields.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof Boolean flag)) {
                throw OAuthException.invalidClientMetadata(name + " must be true or false");
            }
            return Optional.of(flag);
        }

        Optional<List<String>> strings(String name) {
            Object value = fields.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
                throw OAuthException.invalidClientMetadata(name + " must be an array of strings");
            }
            List<String> strings = new ArrayList<>();
            list.forEach(e -> strings.add((String) e));
            return Optional.of(strings);
        }

        Optional<Map<String, Object>> object(String name) {
            Object value = fields.get(name);
            if (value == null) {
                return Optional.empty();
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw OAuthException.invalidClientMetadata(name + " must be a JSON object");
            }
            Map<String, Object> members = new LinkedHashMap<>();
            map.forEach((k, v) -> members.put(String.valueOf(k), v));
            return Optional.of(members);
        }

        Optional<URI> uri(String name) {
            return string(name).filter(s -> !s.isEmpty()).map(raw -> {
                try {
                    return new URI(raw);
                } catch (URISyntaxException e) {
                    throw OAuthException.invalidClientMetadata(name + " must be a URI");
                }
            });
        }
    }
}
