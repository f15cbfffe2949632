package dev.portcullis.adapters.persistence.jdbc.client;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clients already read from their JSON documents, each remembered with the {@link Version} of the row it
 * was read from. A client is authenticated on every token request; reading its version is one narrow
 * primary-key lookup, where reading and parsing the whole row costs several times as much. A remembered
 * client is only ever handed out for a row whose version is exactly the one it was read at, and every update
 * moves the revision, so a cached client is never older than the row. Bounded: past {@link #CAPACITY}
 * clients, adding one forgets another.
 */
final class ParsedClients {

    static final int CAPACITY = 4096;

    /**
     * What identifies one state of a client row: its revision (moved by every update), and, so that a client
     * deleted and created again under the same id at the same revision is never mistaken for the old one, its
     * creation time and secret hash as stored; and its last use, which moves without a revision.
     */
    record Version(long revision, String createdAt, String secretHash, String lastUsedAt) {
    }

    private record Parsed(Version version, Client client) {
    }

    private final ConcurrentHashMap<ClientId, Parsed> parsed = new ConcurrentHashMap<>();

    Optional<Client> at(ClientId id, Version version) {
        Parsed known = parsed.get(id);
        return known != null && known.version().equals(version) ? Optional.of(known.client()) : Optional.empty();
    }

    void remember(ClientId id, Version version, Client client) {
        if (parsed.size() >= CAPACITY && !parsed.containsKey(id)) {
            Iterator<ClientId> any = parsed.keySet().iterator();
            if (any.hasNext()) {
                parsed.remove(any.next());
            }
        }
        parsed.put(id, new Parsed(version, client));
    }

    void forget(ClientId id) {
        parsed.remove(id);
    }

    int size() {
        return parsed.size();
    }
}
