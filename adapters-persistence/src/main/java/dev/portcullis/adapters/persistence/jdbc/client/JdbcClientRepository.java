package dev.portcullis.adapters.persistence.jdbc.client;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.ClientPage;
import dev.portcullis.application.port.ClientQuery;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

@Singleton
@JdbcStorage
public final class JdbcClientRepository implements ClientRepository {

    private final ClientRows rows;
    private final JsonMapper json;

    JdbcClientRepository(ClientRows rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    @Override
    public boolean add(Client client) {
        ClientRow row = ClientRow.from(client, json);
        return SqlStates.insertUnlessDuplicate(() -> rows.save(row));
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return rows.findById(id.value()).map(row -> row.toDomain(json));
    }

    @Override
    public boolean update(Client client) {
        ClientRow row = ClientRow.from(client, json);
        return rows.updateAtRevision(row.clientId(), row.clientName(), row.owner(), row.secretHash(), row.document(),
                row.updatedAt(), row.lastUsedAt(), row.revision(), row.revision() - 1) == 1;
    }

    @Override
    public boolean remove(ClientId id) {
        return rows.deleteById(id.value()) == 1;
    }

    @Override
    public ClientPage list(ClientQuery query) {
        String name = query.clientName().orElse(null);
        String owner = query.owner().orElse(null);
        List<ClientRow> page = rows.page(name, owner, query.after().map(ClientId::value).orElse(""), query.limit() + 1);
        List<Client> clients = page.stream().limit(query.limit()).map(row -> row.toDomain(json)).toList();
        return new ClientPage(clients, page.size() > query.limit(), rows.countMatching(name, owner));
    }
}
