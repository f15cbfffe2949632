package dev.portcullis.application.client;

import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public keys a client registered (RFC 7591 §2): its {@code jwks}, or the JWK Set at its {@code jwks_uri},
 * fetched and kept for a while. A key the cached set lacks makes it fetched again (the client may have rotated
 * its keys), but not more than once in {@link #REFETCH_AFTER}, so that unknown {@code kid}s cannot make the server
 * hammer the client's URL.
 */
public final class ClientKeys {

    /** How long a fetched JWK Set is used before it is fetched again. */
    public static final Duration KEEP_FOR = Duration.ofMinutes(5);
    /** How old a fetched set must be before a missing key makes it fetched again. */
    public static final Duration REFETCH_AFTER = Duration.ofSeconds(30);

    private record Fetched(List<JsonDocument> keys, Instant at) {
    }

    private final RemoteDocuments documents;
    private final Clock clock;
    private final Map<URI, Fetched> fetched = new ConcurrentHashMap<>();

    public ClientKeys(RemoteDocuments documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** Whether the client registered keys at all. */
    public static boolean registered(Client client) {
        return client.metadata().jwks().isPresent() || client.metadata().jwksUri().isPresent();
    }

    /**
     * The client's signing keys ({@code use} absent or {@code sig}) with {@code keyId}, or all of them when
     * {@code keyId} is empty; none when the client registered no keys or its {@code jwks_uri} cannot be fetched.
     */
    public List<JsonDocument> signingKeys(Client client, Optional<String> keyId) {
        Optional<JsonDocument> jwks = client.metadata().jwks();
        if (jwks.isPresent()) {
            return select(keysOf(jwks.get()), keyId);
        }
        Optional<URI> uri = client.metadata().jwksUri();
        if (uri.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Fetched cached = fetched.get(uri.get());
        if (cached != null && now.isBefore(cached.at().plus(KEEP_FOR))) {
            List<JsonDocument> selected = select(cached.keys(), keyId);
            if (!selected.isEmpty() || now.isBefore(cached.at().plus(REFETCH_AFTER))) {
                return selected;
            }
        }
        Optional<JsonDocument> set = documents.json(uri.get());
        if (set.isEmpty()) {
            return cached == null ? List.of() : select(cached.keys(), keyId);
        }
        Fetched fresh = new Fetched(keysOf(set.get()), now);
        fetched.put(uri.get(), fresh);
        return select(fresh.keys(), keyId);
    }

    private static List<JsonDocument> keysOf(JsonDocument set) {
        if (!(set.members().get("keys") instanceof List<?> keys)) {
            return List.of();
        }
        return keys.stream()
                .filter(Map.class::isInstance)
                .map(key -> new JsonDocument(castMembers((Map<?, ?>) key)))
                .filter(key -> key.members().get("use") == null || "sig".equals(key.members().get("use")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMembers(Map<?, ?> key) {
        return (Map<String, Object>) key;
    }

    private static List<JsonDocument> select(List<JsonDocument> keys, Optional<String> keyId) {
        return keyId.map(kid -> keys.stream().filter(key -> kid.equals(key.members().get("kid"))).toList())
                .orElse(keys);
    }
}
