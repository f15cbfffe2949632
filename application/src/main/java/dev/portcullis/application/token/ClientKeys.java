package dev.portcullis.application.token;

import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.ForeignJwts.PublicJwk;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.JsonDocument;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public keys a client signs its assertions and request objects with: those of its registered {@code jwks}, or of the JWK Set at its
 * {@code jwks_uri}, fetched through {@link RemoteDocuments} and kept for {@link #KEEP_FOR}. A client that rotates
 * its keys signs with a {@code kid} the kept set lacks: the set is fetched again then, at most once every
 * {@link #REFETCH_AFTER} per client, so that a stream of unknown key ids cannot make this server a fetching proxy.
 *
 * <p>A key without {@code kid} gets one from its place in the set ({@code #0}, {@code #1}…), which no header
 * names, so that it is tried only for an assertion without {@code kid}. Unusable keys (private, symmetric, short)
 * are left out.
 */
public final class ClientKeys {

    /** How long a fetched JWK Set is used before it is fetched again. */
    public static final Duration KEEP_FOR = Duration.ofMinutes(5);
    /** The least time between two fetches of one client's JWK Set. */
    public static final Duration REFETCH_AFTER = Duration.ofSeconds(5);

    private static final int MAX_KEPT = 10_000;

    private final RemoteDocuments documents;
    private final ForeignJwts jwts;
    private final Clock clock;
    private final ConcurrentHashMap<ClientId, Fetched> fetched = new ConcurrentHashMap<>();

    public ClientKeys(RemoteDocuments documents, ForeignJwts jwts, Clock clock) {
        this.documents = documents;
        this.jwts = jwts;
        this.clock = clock;
    }

    /** Whether the client registered keys at all: {@code jwks} or {@code jwks_uri}. */
    public static boolean registered(Client client) {
        return client.metadata().jwks().isPresent() || client.metadata().jwksUri().isPresent();
    }

    /**
     * The keys to try for an assertion of {@code client} whose header names {@code keyId}: the key with that
     * {@code kid}, or, without one, every key. Empty when the client has none that could match.
     */
    public List<PublicJwk> candidates(Client client, Optional<String> keyId) {
        if (client.metadata().jwks().isPresent()) {
            return matching(usable(client.metadata().jwks().get()), keyId);
        }
        Optional<URI> uri = client.metadata().jwksUri();
        if (uri.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Fetched known = Optional.ofNullable(fetched.get(client.id())).filter(f -> f.uri.equals(uri.get())).orElse(null);
        if (known != null) {
            List<PublicJwk> found = matching(known.keys, keyId);
            if (!found.isEmpty() && now.isBefore(known.at.plus(KEEP_FOR)) || now.isBefore(known.at.plus(REFETCH_AFTER))) {
                return found;
            }
        }
        // A set that cannot be fetched now leaves the last one in use; the attempt counts as a fetch all the same.
        List<PublicJwk> keys = fetch(uri.get()).orElseGet(() -> known == null ? List.of() : known.keys);
        remember(client.id(), new Fetched(uri.get(), now, keys));
        return matching(keys, keyId);
    }

    private Optional<List<PublicJwk>> fetch(URI uri) {
        return documents.json(uri).map(this::usable);
    }

    /** The usable public keys of a JWK Set ({@code {"keys": [...]}}). */
    private List<PublicJwk> usable(JsonDocument set) {
        if (!(set.members().get("keys") instanceof List<?> keys)) {
            return List.of();
        }
        List<PublicJwk> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!(keys.get(i) instanceof Map<?, ?> key)) {
                continue;
            }
            Map<String, Object> members = new LinkedHashMap<>();
            key.forEach((name, value) -> members.put(String.valueOf(name), value));
            if (!(members.get("kid") instanceof String kid) || kid.isBlank()) {
                members.put("kid", "#" + i);
            }
            jwts.publicKey(new JsonDocument(members)).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static List<PublicJwk> matching(List<PublicJwk> keys, Optional<String> keyId) {
        return keyId.map(kid -> keys.stream().filter(key -> key.keyId().equals(kid)).toList()).orElse(keys);
    }

    private void remember(ClientId client, Fetched keys) {
        if (fetched.size() >= MAX_KEPT) {
            fetched.clear();
        }
        fetched.put(client, keys);
    }

    private record Fetched(URI uri, Instant at, List<PublicJwk> keys) {
    }
}
