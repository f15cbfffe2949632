package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.ForeignJwts.PublicJwk;
import dev.portcullis.application.port.ForeignJwts.UnverifiedJwt;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.token.ClientKeys;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.client.RequestObjectSigningAlg;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import dev.portcullis.domain.error.OAuthException;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Request objects (RFC 9101, OIDC Core §6): the authorization request as a JWT, passed by value in {@code request}
 * or by reference in {@code request_uri}, resolved into the request's parameters before they are read. A signed
 * object must verify with one of the client's registered keys; an unsigned one ({@code alg: none}) is taken unless
 * the client registered a signing algorithm, since it says nothing the query string could not. The object's
 * members supersede the query's parameters (OIDC Core §6.3.3).
 */
public final class RequestObjects {

    /** RFC 9101 §7: the request object is invalid or cannot be verified. */
    public static final ErrorCode INVALID_REQUEST_OBJECT = new ErrorCode("invalid_request_object");
    /** RFC 9101 §7: the request_uri cannot be resolved to a request object. */
    public static final ErrorCode INVALID_REQUEST_URI = new ErrorCode("invalid_request_uri");
    /** RFC 9126 §2.2: the request URIs of pushed authorization requests, which this server does not serve. */
    static final String PUSHED_REQUEST_URI_PREFIX = "urn:ietf:params:oauth:request_uri:";
    /** RFC 9101 §5.2 asks clients for at most 512 characters; some headroom for hashes in the fragment. */
    static final int LONGEST_REQUEST_URI = 2048;

    /** The JWT's own claims (RFC 7519 §4.1): they describe the object and are no request parameters. */
    private static final Set<String> JWT_CLAIMS = Set.of("iss", "aud", "exp", "nbf", "iat", "jti", "sub");
    /** What the unverified object may say about where its error goes, when that is a registered redirect URI. */
    private static final List<String> ERROR_TARGET = List.of("redirect_uri", "response_mode", "state");

    /** What became of a request that may hold a request object. */
    sealed interface Resolution {
    }

    /** The request's parameters, the object's members in them; the request itself when it held no object. */
    record Resolved(BrowserRequest request) implements Resolution {
    }

    /**
     * A request object refused. The error goes to the client with the first of {@code errorTargets} whose redirect
     * URI is one the client registered: the query with what the unverified object says of redirect_uri,
     * response_mode and state, then the query alone; when none is, it is shown (RFC 6749 §4.1.2.1).
     */
    record Refused(OAuthError error, List<BrowserRequest> errorTargets) implements Resolution {
        Refused {
            Objects.requireNonNull(error, "error");
            errorTargets = List.copyOf(errorTargets);
        }
    }

    private final ForeignJwts jwts;
    private final RemoteDocuments documents;
    private final ClientKeys keys;
    private final String issuer;
    private final Clock clock;

    /** @param issuer this server's issuer identifier, which an object's {@code aud} must name */
    public RequestObjects(ForeignJwts jwts, RemoteDocuments documents, ClientKeys keys, String issuer, Clock clock) {
        this.jwts = jwts;
        this.documents = documents;
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** Whether the request passes a request object, by value or by reference. */
    static boolean carriesOne(BrowserRequest request) {
        return request.parameter("request").isPresent() || request.parameter("request_uri").isPresent();
    }

    /** The request with its request object resolved, for {@code client} (the one its query's client_id names). */
    Resolution resolve(BrowserRequest request, Client client) {
        if (!carriesOne(request)) {
            return new Resolved(request);
        }
        BrowserRequest query = without(request, Set.of("request", "request_uri"));
        if (request.repeated().contains("request") || request.repeated().contains("request_uri")) {
            return new Refused(OAuthException.invalidRequest("request and request_uri must not be repeated").error(),
                    List.of(query));
        }
        if (request.parameter("request").isPresent() && request.parameter("request_uri").isPresent()) {
            // RFC 9101 §5: one or the other.
            return new Refused(OAuthException.invalidRequest("request and request_uri must not both be sent").error(),
                    List.of(query));
        }
        String jwt;
        try {
            jwt = request.parameter("request").isPresent() ? request.parameter("request").get()
                    : fetch(request.parameter("request_uri").get());
        } catch (OAuthException e) {
            return new Refused(e.error(), List.of(query));
        }
        try {
            JsonDocument claims = verified(jwt, client);
            check(claims, query, client);
            return new Resolved(merge(query, claims));
        } catch (OAuthException e) {
            List<BrowserRequest> targets = new ArrayList<>();
            unverifiedClaims(jwt).ifPresent(claims -> targets.add(errorTarget(query, claims)));
            targets.add(query);
            return new Refused(e.error(), targets);
        }
    }

    private String fetch(String raw) {
        if (raw.startsWith(PUSHED_REQUEST_URI_PREFIX)) {
            throw new OAuthException(INVALID_REQUEST_URI,
                    "pushed authorization requests (RFC 9126) are not supported, so this request_uri is unknown");
        }
        if (raw.length() > LONGEST_REQUEST_URI) {
            throw new OAuthException(INVALID_REQUEST_URI, "request_uri is too long");
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new OAuthException(INVALID_REQUEST_URI, "request_uri is not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new OAuthException(INVALID_REQUEST_URI, "request_uri must be an absolute http or https URL");
        }
        // OIDC Core §6.2: a fragment may carry a hash of the object; it is never sent.
        URI withoutFragment = URI.create(raw.indexOf('#') < 0 ? raw : raw.substring(0, raw.indexOf('#')));
        return documents.text(withoutFragment).map(String::trim).orElseThrow(() -> new OAuthException(INVALID_REQUEST_URI,
                "no request object could be fetched from request_uri"));
    }

    /** The claims of the object if its signature, or its registered absence, is acceptable for the client. */
    private JsonDocument verified(String jwt, Client client) {
        if (jwt.chars().filter(c -> c == '.').count() == 4) {
            throw refused("encrypted request objects are not supported");
        }
        Optional<RequestObjectSigningAlg> registered = client.metadata().requestObjectSigningAlg();
        Optional<JsonDocument> unsecured = jwts.readUnsecured(jwt);
        if (unsecured.isPresent()) {
            if (registered.filter(alg -> !alg.isNone()).isPresent()) {
                throw refused("the client's request objects must be signed with " + registered.get().value());
            }
            return unsecured.get();
        }
        UnverifiedJwt signed = jwts.read(jwt).orElseThrow(() -> refused("the request object is not a JWT"));
        String alg = signed.algorithm();
        if (!RequestObjectSigningAlg.SUPPORTED.contains(alg) || alg.equals(RequestObjectSigningAlg.NONE.value())) {
            throw refused("the request object is signed with an algorithm this server does not accept");
        }
        if (registered.isPresent() && !registered.get().value().equals(alg)) {
            throw refused("the client's request objects must be signed with " + registered.get().value());
        }
        if (!ClientKeys.registered(client)) {
            throw refused("the client registered no keys (jwks or jwks_uri) to verify its request objects with");
        }
        boolean verifies = keys.candidates(client, signed.keyId()).stream().anyMatch(key -> jwts.verifies(jwt, key));
        if (!verifies) {
            throw refused("the request object's signature does not verify with the client's registered keys");
        }
        return signed.claims();
    }

    private void check(JsonDocument claims, BrowserRequest query, Client client) {
        Map<String, Object> members = claims.members();
        if (members.containsKey("request") || members.containsKey("request_uri")) {
            throw refused("a request object must not hold request or request_uri");
        }
        String clientId = client.id().value();
        // RFC 9101 §5: the object's client_id and response_type are the query's.
        if (members.containsKey("client_id") && !clientId.equals(members.get("client_id"))) {
            throw refused("the request object's client_id is not the request's");
        }
        Optional<String> responseType = query.parameter("response_type");
        if (members.containsKey("response_type") && responseType.isPresent()
                && !responseType.get().equals(members.get("response_type"))) {
            throw refused("the request object's response_type is not the request's");
        }
        // RFC 9101 §4: iss, when there, is the client; aud names this server.
        if (members.containsKey("iss") && !clientId.equals(members.get("iss"))) {
            throw refused("the request object's iss is not the client's client_id");
        }
        Object aud = members.get("aud");
        if (aud != null && !(aud instanceof String one ? one.equals(issuer)
                : aud instanceof Collection<?> many && many.contains(issuer))) {
            throw refused("the request object's aud does not name this server's issuer");
        }
        Instant now = clock.instant();
        Optional<Instant> expiry = time(members, "exp");
        if (expiry.isPresent() && !now.isBefore(expiry.get())) {
            throw refused("the request object has expired");
        }
        Optional<Instant> notBefore = time(members, "nbf");
        if (notBefore.isPresent() && now.isBefore(notBefore.get())) {
            throw refused("the request object is not valid yet (nbf)");
        }
    }

    private static Optional<Instant> time(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue()) && number.doubleValue() >= 0
                && number.doubleValue() < 1e11) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        throw refused("the request object's " + name + " is not a NumericDate");
    }

    /** The query's parameters, superseded by the object's members (OIDC Core §6.3.3). */
    private static BrowserRequest merge(BrowserRequest query, JsonDocument claims) {
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        Set<String> repeated = new HashSet<>(query.repeated());
        claims.members().forEach((name, value) -> {
            if (value != null && !JWT_CLAIMS.contains(name)) {
                parameters.put(name, parameter(value));
                repeated.remove(name);
            }
        });
        return new BrowserRequest(parameters, repeated, query.cookies(), query.url());
    }

    /** The query, with what the unverified object says of where its error goes. */
    private static BrowserRequest errorTarget(BrowserRequest query, JsonDocument claims) {
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        Set<String> repeated = new HashSet<>(query.repeated());
        for (String name : ERROR_TARGET) {
            if (claims.members().get(name) instanceof String value) {
                parameters.put(name, value);
                repeated.remove(name);
            }
        }
        return new BrowserRequest(parameters, repeated, query.cookies(), query.url());
    }

    private Optional<JsonDocument> unverifiedClaims(String jwt) {
        return jwts.readUnsecured(jwt).or(() -> jwts.read(jwt).map(UnverifiedJwt::claims));
    }

    private static BrowserRequest without(BrowserRequest request, Set<String> names) {
        Map<String, String> parameters = new LinkedHashMap<>(request.parameters());
        parameters.keySet().removeAll(names);
        Set<String> repeated = new HashSet<>(request.repeated());
        repeated.removeAll(names);
        return new BrowserRequest(parameters, repeated, request.cookies(), request.url());
    }

    /**
     * A member as a parameter's text: a string as it is, a number or boolean as JSON writes it, an object or array
     * (such as {@code claims}, OIDC Core §5.5) as its JSON text.
     */
    private static String parameter(Object value) {
        return value instanceof String text ? text : json(value);
    }

    private static String json(Object value) {
        StringBuilder out = new StringBuilder();
        writeJson(value, out);
        return out.toString();
    }

    private static void writeJson(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, out);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                writeString(String.valueOf(member.getKey()), out);
                out.append(':');
                writeJson(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeJson(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static OAuthException refused(String description) {
        return new OAuthException(INVALID_REQUEST_OBJECT, description);
    }
}
