package dev.portcullis.application.token;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.ClientId;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When clients last authenticated, kept in memory and written in batches: a token request must not pay for a
 * database write. {@link #record} notes a use; {@link #flush}, called every
 * {@code portcullis.clients.last-used-interval} and once more on shutdown, writes the latest use of each client
 * seen since the previous flush, so a client is written at most once per flush however often it authenticates.
 * A crash loses at most the uses of one interval; last use is a hint for housekeeping, not an audit log.
 */
public final class ClientUses {

    private final ClientRepository clients;
    private final Clock clock;
    private final ConcurrentHashMap<ClientId, Instant> pending = new ConcurrentHashMap<>();

    public ClientUses(ClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    /** Notes that the client authenticated now. Cheap: one map write, no storage. */
    public void record(ClientId client) {
        pending.put(client, clock.instant());
    }

    /**
     * Writes the uses noted since the last flush. A use noted while the flush runs is kept for the next one; when
     * the write fails, the uses it held are put back unless a later one was noted meanwhile.
     *
     * @return how many clients were written
     */
    public int flush() {
        Map<ClientId, Instant> batch = new HashMap<>();
        for (ClientId id : pending.keySet()) {
            Instant usedAt = pending.remove(id);
            if (usedAt != null) {
                batch.put(id, usedAt);
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            clients.recordLastUse(batch);
        } catch (RuntimeException e) {
            batch.forEach((id, usedAt) -> pending.merge(id, usedAt, (later, earlier) -> later.isAfter(earlier) ? later : earlier));
            throw e;
        }
        return batch.size();
    }

    /** How many clients have a use not written yet. */
    public int pendingCount() {
        return pending.size();
    }
}
