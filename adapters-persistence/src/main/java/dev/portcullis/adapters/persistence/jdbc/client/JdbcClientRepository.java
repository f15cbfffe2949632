package dev.portcullis.adapters.persistence.jdbc.client;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.ClientPage;
import dev.portcullis.application.port.ClientQuery;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clients in the {@code clients} table. Finding a client is on the path of every token request: it reads the
 * row's version first and parses the whole row only when that version is not the one of a client it parsed
 * before (see {@link ParsedClients}).
 */
@Singleton
@JdbcStorage
public final class JdbcClientRepository implements ClientRepository {

    private static final String VERSION = "SELECT revision, created_at, secret_hash, last_used_at FROM clients WHERE client_id = ?";

    private final ClientRows rows;
    private final HotStatements statements;
    private final JsonMapper json;
    private final ParsedClients parsed = new ParsedClients();

    JdbcClientRepository(ClientRows rows, HotStatements statements, JsonMapper json) {
        this.rows = rows;
        this.statements = statements;
        this.json = json;
    }

    @Override
    public boolean add(Client client) {
        ClientRow row = ClientRow.from(client, json);
        parsed.forget(client.id());
        return SqlStates.insertUnlessDuplicate(() -> rows.save(row));
    }

    @Override
    public Optional<Client> find(ClientId id) {
        Optional<ParsedClients.Version> version = statements.findOne(VERSION, find -> find.setString(1, id.value()),
                row -> new ParsedClients.Version(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
        if (version.isEmpty()) {
            parsed.forget(id);
            return Optional.empty();
        }
        Optional<Client> known = parsed.at(id, version.get());
        if (known.isPresent()) {
            return known;
        }
        Optional<Client> read = rows.findById(id.value()).map(row -> row.toDomain(json));
        read.ifPresent(client -> parsed.remember(id, version.get(), client));
        return read;
    }

    @Override
    public boolean update(Client client) {
        ClientRow row = ClientRow.from(client, json);
        parsed.forget(client.id());
        return rows.updateAtRevision(row.clientId(), row.clientName(), row.owner(), row.secretHash(), row.document(),
                row.updatedAt(), row.revision(), row.revision() - 1) == 1;
    }

    @Override
    public void recordLastUse(Map<ClientId, Instant> uses) {
        uses.forEach((id, usedAt) -> rows.recordUse(id.value(), usedAt));
    }

    @Override
    public boolean remove(ClientId id) {
        parsed.forget(id);
        return rows.deleteById(id.value()) == 1;
    }

    @Override
    public ClientPage list(ClientQuery query) {
        String name = query.clientName().orElse(null);
        String owner = query.owner().orElse(null);
        boolean neverUsed = query.lastUse().neverUsed();
        Instant usedBefore = query.lastUse().usedAtOrBefore().orElse(null);
        List<ClientRow> page = rows.page(name, owner, neverUsed, usedBefore, query.after().map(ClientId::value).orElse(""),
                query.limit() + 1);
        List<Client> clients = page.stream().limit(query.limit()).map(row -> row.toDomain(json)).toList();
        return new ClientPage(clients, page.size() > query.limit(), rows.countMatching(name, owner, neverUsed, usedBefore));
    }
}
