package dev.portcullis.application.key;

import dev.portcullis.application.port.KeyRepository;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key sets as this node sees them: read from storage and kept for a short while, so that signing a
 * token does not read the keys every time. A change made on this node is seen at once; one made on another
 * node sharing the storage within {@link #REFRESH_AFTER}. Older keys stay published until deleted, so a
 * token signed by any node before a rotation keeps validating everywhere.
 */
public final class KeyRing {

    /** How long a set read from storage is used before it is read again. */
    public static final Duration REFRESH_AFTER = Duration.ofSeconds(10);

    private final KeyRepository keys;
    private final Clock clock;
    private final Map<KeySetName, Snapshot> snapshots = new ConcurrentHashMap<>();

    public KeyRing(KeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The keys of {@code set}, newest first. */
    public List<SigningKey> keys(KeySetName set) {
        Instant now = clock.instant();
        Snapshot snapshot = snapshots.get(set);
        if (snapshot == null || !now.isBefore(snapshot.readAt().plus(REFRESH_AFTER))) {
            snapshot = new Snapshot(List.copyOf(keys.findSet(set)), now);
            snapshots.put(set, snapshot);
        }
        return snapshot.keys();
    }

    /** The key that signs for {@code set}: its newest. */
    public Optional<SigningKey> signingKey(KeySetName set) {
        List<SigningKey> current = keys(set);
        return current.isEmpty() ? Optional.empty() : Optional.of(current.get(0));
    }

    /** Forgets what was read of {@code set}, after this node changed it. */
    public void forget(KeySetName set) {
        snapshots.remove(set);
    }

    private record Snapshot(List<SigningKey> keys, Instant readAt) {
    }
}
