package dev.portcullis.adapters.persistence.jdbc.client;

import dev.portcullis.domain.client.AccessTokenStrategy;
import dev.portcullis.domain.client.ActingSubject;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientMetadata.ClientUris;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.LifespanKey;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.client.RequestObjectSigningAlg;
import dev.portcullis.domain.client.TokenLifespans;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.ResponseType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.text.GoDurations;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the {@code document} column holds a client's metadata: a JSON object whose member names and value
 * notations are this table's own contract, written by every version of Portcullis and read back by every later
 * one. They happen to match the names Portcullis 0.1 stored (RFC 7591's, with lifespans in Go's notation), so
 * those rows read as they are; a member added later is optional, a member never changes meaning, and a change of
 * notation gets a Liquibase changeset that converts the stored rows.
 *
 * <p>What is read back is checked by the domain's rules again, as at registration.
 */
final class StoredClientDocument {

    /** Lifespans are flat members, {@code <grant>_grant_<kind>_lifespan}, in Go's notation. */
    private static final Map<String, LifespanKey> LIFESPANS = lifespanMembers();

    private StoredClientDocument() {
    }

    static Map<String, Object> write(Client client) {
        ClientMetadata m = client.metadata();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("client_id", client.id().value());
        out.put("client_name", m.clientName());
        out.put("owner", m.owner());
        out.put("redirect_uris", m.redirectUris().stream().map(RedirectUri::toString).toList());
        out.put("post_logout_redirect_uris", m.postLogoutRedirectUris().stream().map(RedirectUri::toString).toList());
        out.put("grant_types", m.grantTypes().stream().map(GrantType::value).toList());
        out.put("response_types", m.responseTypes().stream().map(ResponseType::value).toList());
        out.put("scope", m.scope().value());
        out.put("audience", List.copyOf(m.audience().values()));
        out.put("token_endpoint_auth_method", m.tokenEndpointAuthMethod().wireName());
        m.accessTokenStrategy().ifPresent(s -> out.put("access_token_strategy", s.wireName()));
        m.requirePkce().ifPresent(required -> out.put("require_pkce", required));
        if (!m.actingSubjects().isEmpty()) {
            out.put("acting_subjects", m.actingSubjects().stream().map(StoredClientDocument::actingSubject).toList());
        }
        if (m.registeredScopeByDefault()) {
            out.put("registered_scope_by_default", true);
        }
        out.put("skip_consent", m.skipConsent());
        out.put("enabled", m.enabled());
        m.uris().clientUri().ifPresent(u -> out.put("client_uri", u.toString()));
        m.uris().logoUri().ifPresent(u -> out.put("logo_uri", u.toString()));
        m.uris().policyUri().ifPresent(u -> out.put("policy_uri", u.toString()));
        m.uris().tosUri().ifPresent(u -> out.put("tos_uri", u.toString()));
        m.jwksUri().ifPresent(u -> out.put("jwks_uri", u.toString()));
        m.jwks().ifPresent(j -> out.put("jwks", j.members()));
        m.requestObjectSigningAlg().ifPresent(alg -> out.put("request_object_signing_alg", alg.value()));
        out.put("contacts", m.contacts());
        LIFESPANS.forEach((member, key) -> m.lifespans().of(key.grantType(), key.tokenKind())
                .ifPresent(d -> out.put(member, GoDurations.format(d))));
        out.put("metadata", m.metadata().members());
        m.sectorIdentifierUri().ifPresent(u -> out.put("sector_identifier_uri", u.toString()));
        m.userinfoSignedResponseAlg().ifPresent(alg -> out.put("userinfo_signed_response_alg", alg.wireName()));
        return out;
    }

    /**
     * The metadata of a stored document.
     *
     * @throws IllegalStateException when the document is not one this class wrote
     * @throws dev.portcullis.domain.error.OAuthException when it no longer passes the domain's rules
     */
    static ClientMetadata read(Map<String, Object> document) {
        Members in = new Members(document);
        ClientMetadata.Builder builder = ClientMetadata.builder()
                .clientName(in.string("client_name").orElse(""))
                .owner(in.string("owner").orElse(""))
                .redirectUris(in.strings("redirect_uris").stream().map(uri -> RedirectUri.parse(uri, "redirect_uris")).toList())
                .postLogoutRedirectUris(in.strings("post_logout_redirect_uris").stream()
                        .map(uri -> RedirectUri.parse(uri, "post_logout_redirect_uris")).toList())
                .grantTypes(grantTypes(in.strings("grant_types")))
                .responseTypes(responseTypes(in.strings("response_types")))
                .scope(Scopes.parse(in.string("scope").orElse(""), ErrorCode.INVALID_CLIENT_METADATA, "scope"))
                .audience(Audience.of(in.strings("audience")))
                .tokenEndpointAuthMethod(in.string("token_endpoint_auth_method").flatMap(AuthMethod::fromWireName)
                        .orElseThrow(() -> new IllegalStateException("a stored client has no token_endpoint_auth_method")))
                .accessTokenStrategy(in.string("access_token_strategy").flatMap(AccessTokenStrategy::fromWireName))
                .requirePkce(Optional.ofNullable(document.get("require_pkce")).map(value -> in.bool("require_pkce", true)))
                .actingSubjects(actingSubjects(in.objects("acting_subjects")))
                .registeredScopeByDefault(in.bool("registered_scope_by_default", false))
                .skipConsent(in.bool("skip_consent", false))
                .enabled(in.bool("enabled", true))
                .uris(new ClientUris(in.uri("client_uri"), in.uri("logo_uri"), in.uri("policy_uri"), in.uri("tos_uri")))
                .jwksUri(in.uri("jwks_uri"))
                .jwks(in.object("jwks").map(JsonDocument::new))
                .requestObjectSigningAlg(in.string("request_object_signing_alg")
                        .map(alg -> RequestObjectSigningAlg.parse(alg, "request_object_signing_alg")))
                .contacts(in.strings("contacts"))
                .lifespans(lifespans(in))
                .metadata(in.object("metadata").map(JsonDocument::new).orElse(JsonDocument.EMPTY))
                .sectorIdentifierUri(in.uri("sector_identifier_uri"))
                .userinfoSignedResponseAlg(in.string("userinfo_signed_response_alg").map(ClientMetadata::userinfoSigningAlgorithm));
        return builder.build();
    }

    private static Map<String, Object> actingSubject(ActingSubject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", subject.type());
        out.put("id", subject.id());
        return out;
    }

    private static Set<ActingSubject> actingSubjects(List<Members> values) {
        Set<ActingSubject> subjects = new LinkedHashSet<>();
        values.forEach(value -> subjects.add(new ActingSubject(
                value.string("type").orElseThrow(() -> new IllegalStateException("a stored acting subject has no type")),
                value.string("id").orElseThrow(() -> new IllegalStateException("a stored acting subject has no id")))));
        return subjects;
    }

    private static Set<GrantType> grantTypes(List<String> values) {
        Set<GrantType> grants = new LinkedHashSet<>();
        values.forEach(value -> grants.add(new GrantType(value)));
        return grants;
    }

    private static Set<ResponseType> responseTypes(List<String> values) {
        Set<ResponseType> types = new LinkedHashSet<>();
        values.forEach(value -> types.add(ResponseType.parse(value)
                .orElseThrow(() -> new IllegalStateException("a stored client has a malformed response type"))));
        return types;
    }

    private static TokenLifespans lifespans(Members in) {
        Map<LifespanKey, Duration> values = new LinkedHashMap<>();
        LIFESPANS.forEach((member, key) -> in.string(member).ifPresent(raw -> values.put(key, GoDurations.parse(raw)
                .orElseThrow(() -> new IllegalStateException("a stored client has a malformed " + member)))));
        return new TokenLifespans(values);
    }

    private static Map<String, LifespanKey> lifespanMembers() {
        Map<String, GrantType> grants = new LinkedHashMap<>();
        grants.put("authorization_code", GrantType.AUTHORIZATION_CODE);
        grants.put("client_credentials", GrantType.CLIENT_CREDENTIALS);
        grants.put("implicit", GrantType.IMPLICIT);
        grants.put("jwt_bearer", GrantType.JWT_BEARER);
        grants.put("refresh_token", GrantType.REFRESH_TOKEN);
        grants.put("device_authorization", GrantType.DEVICE_CODE);
        grants.put("token_exchange", GrantType.TOKEN_EXCHANGE);
        Map<String, LifespanKey> members = new LinkedHashMap<>();
        grants.forEach((name, grant) -> {
            for (TokenKind kind : TokenKind.values()) {
                members.put(name + "_grant_" + kind.wireName() + "_lifespan", new LifespanKey(grant, kind));
            }
        });
        return members;
    }

    /** Typed access to the members of a stored document; an absent or null member reads as its default. */
    private record Members(Map<String, Object> members) {

        Optional<String> string(String name) {
            return Optional.ofNullable(members.get(name)).map(value -> cast(name, value, String.class));
        }

        boolean bool(String name, boolean absent) {
            return Optional.ofNullable(members.get(name)).map(value -> cast(name, value, Boolean.class)).orElse(absent);
        }

        List<String> strings(String name) {
            Object value = members.get(name);
            if (value == null) {
                return List.of();
            }
            List<?> list = cast(name, value, List.class);
            return list.stream().map(element -> cast(name, element, String.class)).toList();
        }

        /** An array of objects, each with typed access to its members. */
        @SuppressWarnings("unchecked")
        List<Members> objects(String name) {
            Object value = members.get(name);
            if (value == null) {
                return List.of();
            }
            List<?> list = cast(name, value, List.class);
            return list.stream().map(element -> new Members((Map<String, Object>) cast(name, element, Map.class))).toList();
        }

        @SuppressWarnings("unchecked")
        Optional<Map<String, Object>> object(String name) {
            return Optional.ofNullable(members.get(name)).map(value -> (Map<String, Object>) cast(name, value, Map.class));
        }

        Optional<URI> uri(String name) {
            return string(name).filter(s -> !s.isEmpty()).map(URI::create);
        }

        private static <T> T cast(String name, Object value, Class<T> type) {
            if (!type.isInstance(value)) {
                throw new IllegalStateException("the stored member " + name + " is not a " + type.getSimpleName());
            }
            return type.cast(value);
        }
    }
}
