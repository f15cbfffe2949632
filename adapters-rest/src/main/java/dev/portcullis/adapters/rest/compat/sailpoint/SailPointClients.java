package dev.portcullis.adapters.rest.compat.sailpoint;

import dev.portcullis.adapters.rest.http.JsonMembers;
import dev.portcullis.adapters.rest.http.JsonPatch;
import dev.portcullis.application.client.ClientChange;
import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientMetadata.ClientUris;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.LifespanKey;
import dev.portcullis.domain.client.RedirectUri;
import dev.portcullis.domain.client.TokenLifespans;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Between SailPoint's OAuth client and the core's. Most members have a core equivalent: {@code name} is the client
 * name, {@code businessName} the owner, {@code homepageUrl} the client URI, {@code type} public ({@code none}) or
 * confidential ({@code client_secret_post}, as SailPoint's SDK posts its credentials), the validity seconds the
 * client's token lifespans, {@code accessType} whether the client may be granted {@code offline_access} and so get
 * refresh tokens. The rest, which nothing in the core acts on ({@code description}, {@code internal},
 * {@code strongAuthSupported}, {@code claimsSupported}, {@code tenant}), is kept in the client's free-form metadata
 * under {@value #METADATA_KEY}.
 */
final class SailPointClients {

    static final String METADATA_KEY = "sailpoint";

    /** The members a patch may change, as the seed lists them. */
    static final Set<String> PATCHABLE = Set.of("tenant", "businessName", "homepageUrl", "name", "description",
            "accessTokenValiditySeconds", "refreshTokenValiditySeconds", "redirectUris", "grantTypes", "accessType",
            "enabled", "strongAuthSupported", "claimsSupported");
    static final int MAX_PATCH_OPERATIONS = 64;
    /** A patched client stays well under the request size limit, however many {@code copy} operations it has. */
    static final int MAX_PATCHED_LENGTH = 64 * 1024;

    /** The seed's example; what a client gets that registers no refresh token validity. */
    static final long DEFAULT_REFRESH_TOKEN_VALIDITY_SECONDS = 86_400;
    /** SailPoint's default: a client registered without scopes gets all of its owner's rights. */
    static final List<String> DEFAULT_SCOPE = List.of("sp:scopes:all");

    static final String ONLINE = "ONLINE";
    static final String OFFLINE = "OFFLINE";
    static final String CONFIDENTIAL = "CONFIDENTIAL";
    static final String PUBLIC = "PUBLIC";

    private static final Map<String, GrantType> GRANT_TYPES = orderedGrantTypes();
    /** The grants whose access tokens {@code accessTokenValiditySeconds} sets, read back from the first one set. */
    private static final List<GrantType> ACCESS_GRANTS = List.of(GrantType.CLIENT_CREDENTIALS, GrantType.AUTHORIZATION_CODE,
            GrantType.REFRESH_TOKEN);
    /** The grants whose refresh tokens {@code refreshTokenValiditySeconds} sets. */
    private static final List<GrantType> REFRESH_GRANTS = List.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN);
    private static final DateTimeFormatter TIMES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SailPointClients() {
    }

    /**
     * A {@code CreateOAuthClientRequest}: {@code name}, {@code accessTokenValiditySeconds}, {@code grantTypes},
     * {@code accessType} and {@code enabled} are required, as SailPoint requires them.
     *
     * @throws OAuthException {@code invalid_request} or the domain's error (each a 400) naming the member at fault
     */
    static ClientRegistration registration(JsonValue body) {
        JsonMembers in = JsonMembers.of(body, ErrorCode.INVALID_REQUEST, "an OAuth client");
        return ClientRegistration.of(metadata(in, ClientMetadata.builder(), Optional.empty()));
    }

    /**
     * The change a patch makes: applied to the client as a GET shows it, and read back like a creation's body,
     * over the client's current metadata so that what SailPoint does not show is kept.
     *
     * @throws OAuthException {@code invalid_request} when the patch changes a member that is not patchable
     */
    static ClientChange change(JsonPatch patch) {
        for (String member : patch.changedMembers()) {
            if (!PATCHABLE.contains(member)) {
                throw OAuthException.invalidRequest((member.isEmpty() ? "the whole client" : member)
                        + " is not patchable; the patchable fields are " + String.join(", ", PATCHABLE.stream().sorted().toList()));
            }
        }
        return current -> {
            JsonObject patched = patch.applyToObject(document(current));
            JsonMembers in = JsonMembers.of(patched, ErrorCode.INVALID_REQUEST, "an OAuth client");
            return new ClientRegistration(Optional.of(current.id()), Optional.empty(),
                    metadata(in, current.metadata().toBuilder(), Optional.of(current)));
        };
    }

    /** The client as a patch sees it: the members of a GET's answer, every one present. */
    static JsonObject document(Client client) {
        return JsonMembers.toJson(body(client, Optional.empty()).members()).asJsonObject();
    }

    static SailPointClientBody body(Client client, Optional<ClientSecret> secret) {
        ClientMetadata m = client.metadata();
        Map<String, Object> extra = sailPointMembers(m);
        return new SailPointClientBody(
                client.id().value(),
                secret.map(ClientSecret::value).orElse(null),
                m.owner().isEmpty() ? null : m.owner(),
                m.uris().clientUri().map(URI::toString).orElse(null),
                m.clientName(),
                text(extra.get("description")),
                seconds(m.lifespans(), ACCESS_GRANTS, TokenKind.ACCESS_TOKEN),
                seconds(m.lifespans(), REFRESH_GRANTS, TokenKind.REFRESH_TOKEN),
                m.redirectUris().stream().map(RedirectUri::toString).toList(),
                GRANT_TYPES.entrySet().stream().filter(e -> m.grantTypes().contains(e.getValue())).map(Map.Entry::getKey).toList(),
                m.scope().grantsRefreshToken() ? OFFLINE : ONLINE,
                m.isPublic() ? PUBLIC : CONFIDENTIAL,
                Boolean.TRUE.equals(extra.get("internal")),
                m.enabled(),
                Boolean.TRUE.equals(extra.get("strongAuthSupported")),
                Boolean.TRUE.equals(extra.get("claimsSupported")),
                time(client.createdAt()),
                time(client.updatedAt()),
                client.lastUsedAt().map(SailPointClients::time).orElse(null),
                m.scope().values().stream().filter(s -> !isOffline(s)).toList(),
                text(extra.get("tenant")));
    }

    static String time(Instant instant) {
        return TIMES.format(instant);
    }

    private static ClientMetadata metadata(JsonMembers in, ClientMetadata.Builder builder, Optional<Client> current) {
        String name = in.string("name").filter(text -> !text.isBlank())
                .orElseThrow(() -> OAuthException.invalidRequest("name is required"));
        long accessSeconds = validity(in, "accessTokenValiditySeconds")
                .orElseThrow(() -> OAuthException.invalidRequest("accessTokenValiditySeconds is required"));
        Optional<Long> refreshSeconds = validity(in, "refreshTokenValiditySeconds");
        List<String> grantNames = in.strings("grantTypes").filter(list -> !list.isEmpty())
                .orElseThrow(() -> OAuthException.invalidRequest("grantTypes is required: " + String.join(", ", GRANT_TYPES.keySet())));
        String accessType = in.string("accessType")
                .orElseThrow(() -> OAuthException.invalidRequest("accessType is required: ONLINE or OFFLINE"));
        if (!accessType.equals(ONLINE) && !accessType.equals(OFFLINE)) {
            throw OAuthException.invalidRequest("accessType must be ONLINE or OFFLINE");
        }
        boolean enabled = in.bool("enabled").orElseThrow(() -> OAuthException.invalidRequest("enabled is required"));
        String type = in.string("type").orElse(CONFIDENTIAL);
        if (!type.equals(CONFIDENTIAL) && !type.equals(PUBLIC)) {
            throw OAuthException.invalidRequest("type must be CONFIDENTIAL or PUBLIC");
        }

        Set<GrantType> grants = new LinkedHashSet<>();
        for (String grantName : grantNames) {
            GrantType grant = GRANT_TYPES.get(grantName);
            if (grant == null) {
                throw OAuthException.invalidRequest("grantTypes may hold " + String.join(", ", GRANT_TYPES.keySet()));
            }
            grants.add(grant);
        }
        // What SailPoint cannot show (jwt-bearer, say) stays as it was; implicit goes, with its response types.
        current.ifPresent(client -> client.metadata().grantTypes().stream()
                .filter(grant -> !GRANT_TYPES.containsValue(grant) && !grant.equals(GrantType.IMPLICIT))
                .forEach(grants::add));

        List<String> scopeNames = in.strings("scope").orElse(DEFAULT_SCOPE);
        List<String> scope = new ArrayList<>();
        for (String value : scopeNames) {
            if (!Scopes.isScopeToken(value)) {
                throw OAuthException.invalidRequest("scope must hold scope tokens (no spaces, quotes or backslashes)");
            }
            if (isOffline(value)) {
                throw OAuthException.invalidRequest("scope must not hold " + value + ": accessType OFFLINE grants refresh tokens");
            }
            scope.add(value);
        }
        if (accessType.equals(OFFLINE)) {
            scope.add(Scopes.OFFLINE_ACCESS);
        }

        Map<LifespanKey, Duration> lifespans = new HashMap<>(current.map(c -> c.metadata().lifespans().values()).orElse(Map.of()));
        ACCESS_GRANTS.forEach(grant -> lifespans.put(new LifespanKey(grant, TokenKind.ACCESS_TOKEN), Duration.ofSeconds(accessSeconds)));
        Optional<Long> refresh = refreshSeconds.or(() -> current.isEmpty()
                ? Optional.of(DEFAULT_REFRESH_TOKEN_VALIDITY_SECONDS) : Optional.empty());
        refresh.ifPresent(seconds -> REFRESH_GRANTS.forEach(grant ->
                lifespans.put(new LifespanKey(grant, TokenKind.REFRESH_TOKEN), Duration.ofSeconds(seconds))));

        AuthMethod method = type.equals(PUBLIC) ? AuthMethod.NONE
                : current.map(c -> c.metadata().tokenEndpointAuthMethod()).filter(m -> m != AuthMethod.NONE)
                .orElse(AuthMethod.CLIENT_SECRET_POST);
        ClientUris uris = current.map(c -> c.metadata().uris()).orElse(ClientUris.NONE);

        Map<String, Object> sailPoint = new LinkedHashMap<>();
        sailPoint.put("description", in.string("description").orElse(null));
        sailPoint.put("internal", in.bool("internal").orElse(false));
        sailPoint.put("strongAuthSupported", in.bool("strongAuthSupported").orElse(false));
        sailPoint.put("claimsSupported", in.bool("claimsSupported").orElse(false));
        sailPoint.put("tenant", in.string("tenant").orElse(null));
        Map<String, Object> metadata = new LinkedHashMap<>(current.map(c -> c.metadata().metadata().members()).orElse(Map.of()));
        metadata.put(METADATA_KEY, sailPoint);

        return builder
                .clientName(name)
                .owner(in.string("businessName").orElse(""))
                .uris(new ClientUris(homepage(in), uris.logoUri(), uris.policyUri(), uris.tosUri()))
                .redirectUris(in.strings("redirectUris").orElse(List.of()).stream()
                        .map(uri -> RedirectUri.parse(uri, "redirectUris")).toList())
                .grantTypes(grants)
                .responseTypes(null)
                .scope(Scopes.of(scope))
                // SailPoint's clients get their scopes without naming them: its SDK's token request names none.
                .registeredScopeByDefault(true)
                .tokenEndpointAuthMethod(method)
                .requirePkce(method == AuthMethod.NONE ? Optional.empty() : keptPkce(current))
                .enabled(enabled)
                .lifespans(new TokenLifespans(lifespans))
                .metadata(new JsonDocument(metadata))
                .build();
    }

    /** A confidential client keeps its PKCE setting; a public one always needs PKCE, so it has none to keep. */
    private static Optional<Boolean> keptPkce(Optional<Client> current) {
        return current.flatMap(c -> c.metadata().requirePkce());
    }

    private static Optional<URI> homepage(JsonMembers in) {
        return in.string("homepageUrl").filter(text -> !text.isEmpty()).map(text -> {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (uri.isAbsolute() && uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
                    return uri;
                }
            } catch (URISyntaxException malformed) {
                // reported below
            }
            throw OAuthException.invalidRequest("homepageUrl must be an absolute http or https URL");
        });
    }

    private static Optional<Long> validity(JsonMembers in, String member) {
        Optional<Long> seconds = in.wholeNumber(member);
        if (seconds.isPresent() && (seconds.get() < 1 || seconds.get() > Integer.MAX_VALUE)) {
            throw OAuthException.invalidRequest(member + " must be a number of seconds from 1 to " + Integer.MAX_VALUE);
        }
        return seconds;
    }

    private static Long seconds(TokenLifespans lifespans, List<GrantType> grants, TokenKind kind) {
        for (GrantType grant : grants) {
            Optional<Duration> lifespan = lifespans.of(grant, kind);
            if (lifespan.isPresent()) {
                return lifespan.get().toSeconds();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sailPointMembers(ClientMetadata metadata) {
        return metadata.metadata().members().get(METADATA_KEY) instanceof Map<?, ?> members
                ? (Map<String, Object>) members : Map.of();
    }

    private static String text(Object value) {
        return value instanceof String text ? text : null;
    }

    private static boolean isOffline(String scope) {
        return scope.equals(Scopes.OFFLINE_ACCESS) || scope.equals(Scopes.OFFLINE);
    }

    private static Map<String, GrantType> orderedGrantTypes() {
        Map<String, GrantType> grants = new LinkedHashMap<>();
        grants.put("AUTHORIZATION_CODE", GrantType.AUTHORIZATION_CODE);
        grants.put("CLIENT_CREDENTIALS", GrantType.CLIENT_CREDENTIALS);
        grants.put("REFRESH_TOKEN", GrantType.REFRESH_TOKEN);
        return java.util.Collections.unmodifiableMap(grants);
    }
}
