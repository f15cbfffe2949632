package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Signing keys in a concurrent map by set and kid; a set is sorted when it is read. Lost on restart. */
@Singleton
@MemoryStorage
public final class InMemoryKeyRepository implements KeyRepository {

    private static final Comparator<SigningKey> NEWEST_FIRST = (a, b) -> a.isNewerThan(b) ? -1 : b.isNewerThan(a) ? 1 : 0;

    private final ConcurrentMap<Slot, SigningKey> keys = new ConcurrentHashMap<>();

    @Override
    public boolean add(SigningKey key) {
        return keys.putIfAbsent(new Slot(key.set(), key.kid()), key) == null;
    }

    @Override
    public List<SigningKey> findSet(KeySetName set) {
        return keys.values().stream().filter(key -> key.set().equals(set)).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public boolean remove(KeySetName set, KeyId kid) {
        return keys.remove(new Slot(set, kid)) != null;
    }

    private record Slot(KeySetName set, KeyId kid) {
    }
}
