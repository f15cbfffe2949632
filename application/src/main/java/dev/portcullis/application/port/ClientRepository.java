package dev.portcullis.application.port;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Stores clients. Every method is atomic on its own; implementations never return null.
 */
public interface ClientRepository {

    /**
     * Stores a new client.
     *
     * @return false, writing nothing, when a client with the same id already exists (also under a race:
     * of two concurrent adds with one id, exactly one returns true)
     */
    boolean add(Client client);

    /** The client with this id, or empty. */
    Optional<Client> find(ClientId id);

    /**
     * Replaces the stored client with {@code client} if the stored one is at revision
     * {@code client.revision() - 1}.
     *
     * @return false, writing nothing, when no such client exists or it changed since it was read
     */
    boolean update(Client client);

    /** Deletes the client. @return false when there was none */
    boolean remove(ClientId id);

    /**
     * Records when clients last authenticated: each client's last use becomes the given instant unless a later
     * one is stored already. A use changes neither the revision nor the update time, so it never makes an
     * update based on an earlier read fail; clients that no longer exist are passed over.
     */
    void recordLastUse(Map<ClientId, Instant> uses);

    /** One page of clients matching the query's filters, ordered by client id. */
    ClientPage list(ClientQuery query);
}
