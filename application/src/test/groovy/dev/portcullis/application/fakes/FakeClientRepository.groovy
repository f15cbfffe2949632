package dev.portcullis.application.fakes

import dev.portcullis.application.port.ClientPage
import dev.portcullis.application.port.ClientQuery
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId

import java.time.Instant

/** A stateful fake: a sorted map behind one lock. */
class FakeClientRepository implements ClientRepository {

    private final TreeMap<String, Client> clients = new TreeMap<>()

    synchronized boolean add(Client client) {
        clients.putIfAbsent(client.id().value(), client) == null
    }

    synchronized Optional<Client> find(ClientId id) {
        Optional.ofNullable(clients[id.value()])
    }

    synchronized boolean update(Client client) {
        def stored = clients[client.id().value()]
        if (stored == null || stored.revision() != client.revision() - 1) {
            return false
        }
        clients[client.id().value()] = stored.lastUsedAt().map { client.usedAt(it) }.orElse(client)
        true
    }

    synchronized void recordLastUse(Map<ClientId, Instant> uses) {
        uses.each { id, usedAt ->
            def stored = clients[id.value()]
            if (stored != null) {
                clients[id.value()] = stored.usedAt(usedAt)
            }
        }
    }

    synchronized boolean remove(ClientId id) {
        clients.remove(id.value()) != null
    }

    synchronized ClientPage list(ClientQuery query) {
        def matching = clients.values().findAll { query.matches(it) }
        def page = matching.findAll { query.isAfterStart(it) }
        new ClientPage(page.take(query.limit()), page.size() > query.limit(), matching.size())
    }
}
