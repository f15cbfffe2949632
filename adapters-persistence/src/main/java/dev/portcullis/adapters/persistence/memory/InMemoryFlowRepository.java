package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Flows in a concurrent map by id, with one index per {@link Key} from hash to id. Reads take no lock; writes
 * take the repository's lock, so that a write checks the version and the uniqueness of the keys and changes the
 * flow and its index entries as one step. A write indexes new keys before it stores the flow and unindexes old
 * ones after, and a lookup by key returns a flow only if the flow itself holds that key, so a lookup never sees a
 * key the stored flow does not have. Lost on restart.
 */
@Singleton
@MemoryStorage
public final class InMemoryFlowRepository implements FlowRepository {

    // Newest first, as the JDBC adapter orders them: by request time, then by id.
    private static final Comparator<AuthorizationFlow> NEWEST_FIRST = Comparator
            .comparing(AuthorizationFlow::requestedAt)
            .thenComparing(flow -> flow.id().value())
            .reversed();

    private final ConcurrentMap<String, AuthorizationFlow> flows = new ConcurrentHashMap<>();
    private final Map<Key, ConcurrentMap<String, String>> index = new EnumMap<>(Key.class);

    public InMemoryFlowRepository() {
        for (Key key : Key.values()) {
            index.put(key, new ConcurrentHashMap<>());
        }
    }

    @Override
    public synchronized boolean add(AuthorizationFlow flow) {
        if (flows.containsKey(flow.id().value()) || holdsTakenKey(flow)) {
            return false;
        }
        indexKeys(flow);
        flows.put(flow.id().value(), flow);
        return true;
    }

    @Override
    public Optional<AuthorizationFlow> find(GrantId id) {
        return Optional.ofNullable(flows.get(id.value()));
    }

    @Override
    public Optional<AuthorizationFlow> findBy(Key key, TokenSignature value) {
        String id = index.get(key).get(value.value());
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(flows.get(id)).filter(flow -> keyOf(flow, key).filter(value::equals).isPresent());
    }

    @Override
    public synchronized boolean update(AuthorizationFlow next) {
        AuthorizationFlow stored = flows.get(next.id().value());
        if (stored == null || stored.version() != next.version() - 1) {
            return false;
        }
        if (holdsTakenKey(next)) {
            // A unique column refuses the row in the JDBC adapter; a collision of random hashes is a bug, not a race.
            throw new IllegalStateException("another flow holds a key of flow " + next.id());
        }
        indexKeys(next);
        flows.put(next.id().value(), next);
        unindexKeysGone(stored, Optional.of(next));
        return true;
    }

    @Override
    public List<AuthorizationFlow> findConsented(String subject, Optional<ClientId> client) {
        return flows.values().stream()
                .filter(flow -> flow.stage().isConsented())
                .filter(flow -> flow.subject().filter(subject::equals).isPresent())
                .filter(flow -> client.map(flow.request().clientId()::equals).orElse(true))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public synchronized int removeClient(ClientId client) {
        return removeWhere(flow -> flow.request().clientId().equals(client));
    }

    @Override
    public synchronized int removeExpired(Instant notAfter) {
        return removeWhere(flow -> flow.expiresAt().isBefore(notAfter));
    }

    private int removeWhere(Predicate<AuthorizationFlow> doomed) {
        int removed = 0;
        for (AuthorizationFlow flow : List.copyOf(flows.values())) {
            if (doomed.test(flow)) {
                flows.remove(flow.id().value());
                unindexKeysGone(flow, Optional.empty());
                removed++;
            }
        }
        return removed;
    }

    private static Optional<TokenSignature> keyOf(AuthorizationFlow flow, Key key) {
        return switch (key) {
            case LOGIN_CHALLENGE -> Optional.of(flow.loginChallenge());
            case LOGIN_VERIFIER -> flow.loginVerifier();
            case CONSENT_CHALLENGE -> flow.consentChallenge();
            case CONSENT_VERIFIER -> flow.consentVerifier();
            case CODE -> flow.code();
        };
    }

    /** Whether a key of {@code flow} is indexed for another flow. */
    private boolean holdsTakenKey(AuthorizationFlow flow) {
        for (Key key : Key.values()) {
            Optional<String> holder = keyOf(flow, key).map(value -> index.get(key).get(value.value()));
            if (holder.isPresent() && !holder.get().equals(flow.id().value())) {
                return true;
            }
        }
        return false;
    }

    private void indexKeys(AuthorizationFlow flow) {
        for (Key key : Key.values()) {
            keyOf(flow, key).ifPresent(value -> index.get(key).put(value.value(), flow.id().value()));
        }
    }

    /** Drops the index entries of {@code old} that {@code current} (empty when the flow is gone) no longer holds. */
    private void unindexKeysGone(AuthorizationFlow old, Optional<AuthorizationFlow> current) {
        for (Key key : Key.values()) {
            Optional<TokenSignature> kept = current.flatMap(flow -> keyOf(flow, key));
            keyOf(old, key).filter(value -> !kept.equals(Optional.of(value)))
                    .ifPresent(value -> index.get(key).remove(value.value(), old.id().value()));
        }
    }
}
