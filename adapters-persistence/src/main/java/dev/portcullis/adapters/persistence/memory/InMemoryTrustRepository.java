package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.trust.TrustId;
import dev.portcullis.domain.trust.TrustRelationship;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Trust relationships in a concurrent map sorted by id, as the JDBC adapter pages them, with an index from issuer,
 * subject (or any subject) and key id to the id holding them. Reads take no lock; adds and deletes take the
 * repository's lock, so that an add checks both keys and writes the relationship and the index as one step.
 * Lost on restart.
 */
@Singleton
@MemoryStorage
public final class InMemoryTrustRepository implements TrustRepository {

    private static final Comparator<TrustRelationship> OLDEST_FIRST =
            Comparator.comparing(TrustRelationship::createdAt).thenComparing(relationship -> relationship.id().value());

    private final NavigableMap<String, TrustRelationship> relationships = new ConcurrentSkipListMap<>();
    private final ConcurrentMap<Slot, String> idsBySlot = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean add(TrustRelationship relationship) {
        Slot slot = Slot.of(relationship);
        if (relationships.containsKey(relationship.id().value()) || idsBySlot.containsKey(slot)) {
            return false;
        }
        idsBySlot.put(slot, relationship.id().value());
        relationships.put(relationship.id().value(), relationship);
        return true;
    }

    @Override
    public Optional<TrustRelationship> find(TrustId id) {
        return Optional.ofNullable(relationships.get(id.value()));
    }

    @Override
    public List<TrustRelationship> findActive(String issuer, Instant now) {
        return relationships.values().stream()
                .filter(relationship -> relationship.issuer().equals(issuer) && relationship.isActiveAt(now))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public TrustPage list(TrustQuery query) {
        NavigableMap<String, TrustRelationship> from = query.after()
                .map(after -> relationships.tailMap(after.value(), false))
                .orElse(relationships);
        List<TrustRelationship> page = from.values().stream()
                .filter(relationship -> query.issuer().map(relationship.issuer()::equals).orElse(true))
                .limit(query.limit() + 1L)
                .toList();
        return new TrustPage(page.stream().limit(query.limit()).toList(), page.size() > query.limit());
    }

    @Override
    public synchronized boolean delete(TrustId id) {
        TrustRelationship removed = relationships.remove(id.value());
        if (removed == null) {
            return false;
        }
        idsBySlot.remove(Slot.of(removed), id.value());
        return true;
    }

    /** What one issuer's relationships must not share: subject (empty for any subject) and key id. */
    private record Slot(String issuer, Optional<String> subject, String keyId) {

        static Slot of(TrustRelationship relationship) {
            return new Slot(relationship.issuer(), relationship.subject(), relationship.keyId());
        }
    }
}
