package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.AssertionRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Used JWT assertions in a concurrent map from issuer and {@code jti} to their expiry: the first use is the one
 * {@code putIfAbsent} lets in. Lost on restart, so an assertion used before a restart can be used once more after
 * it: the memory storage is for one process that tests or tries things out.
 */
@Singleton
@MemoryStorage
public final class InMemoryAssertionRepository implements AssertionRepository {

    private final ConcurrentMap<Used, Instant> used = new ConcurrentHashMap<>();

    @Override
    public boolean recordFirstUse(String issuer, String jti, Instant expiresAt) {
        return used.putIfAbsent(new Used(issuer, jti), expiresAt) == null;
    }

    @Override
    public int removeExpired(Instant notAfter) {
        int removed = 0;
        for (Map.Entry<Used, Instant> entry : used.entrySet()) {
            if (entry.getValue().isBefore(notAfter) && used.remove(entry.getKey(), entry.getValue())) {
                removed++;
            }
        }
        return removed;
    }

    private record Used(String issuer, String jti) {
    }
}
