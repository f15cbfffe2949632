package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.ClientPage;
import dev.portcullis.application.port.ClientQuery;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** Clients in a concurrent sorted map: lock-free reads, atomic conditional writes. Lost on restart. */
@Singleton
@MemoryStorage
public final class InMemoryClientRepository implements ClientRepository {

    private final ConcurrentNavigableMap<String, Client> clients = new ConcurrentSkipListMap<>();

    @Override
    public boolean add(Client client) {
        return clients.putIfAbsent(client.id().value(), client) == null;
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return Optional.ofNullable(clients.get(id.value()));
    }

    @Override
    public boolean update(Client client) {
        Client[] replaced = new Client[1];
        clients.computeIfPresent(client.id().value(), (id, stored) -> {
            if (stored.revision() != client.revision() - 1) {
                return stored;
            }
            // A use recorded since the caller read the client is not undone by its update.
            replaced[0] = stored.lastUsedAt().map(client::usedAt).orElse(client);
            return replaced[0];
        });
        return replaced[0] != null;
    }

    @Override
    public boolean remove(ClientId id) {
        return clients.remove(id.value()) != null;
    }

    @Override
    public void recordLastUse(Map<ClientId, Instant> uses) {
        uses.forEach((id, usedAt) -> clients.computeIfPresent(id.value(), (key, stored) -> stored.usedAt(usedAt)));
    }

    @Override
    public ClientPage list(ClientQuery query) {
        ConcurrentNavigableMap<String, Client> from = query.after()
                .map(start -> clients.tailMap(start.value(), false))
                .orElse(clients);
        List<Client> page = from.values().stream().filter(query::matches).limit(query.limit() + 1L).toList();
        long total = clients.values().stream().filter(query::matches).count();
        return new ClientPage(page.subList(0, Math.min(page.size(), query.limit())), page.size() > query.limit(), total);
    }
}
