package dev.portcullis.adapters.persistence.jdbc.registration;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Registration access token digests in {@code registration_tokens}, one row per client, deleted with the client by
 * the foreign key. Putting one updates the row, or inserts it when there is none; when a concurrent put inserted it
 * first, the update runs again, so the last put wins as the contract's replacement says.
 */
@Singleton
@JdbcStorage
public final class JdbcRegistrationTokenRepository implements RegistrationTokenRepository {

    private static final String UPDATE = "UPDATE registration_tokens SET token_digest = ? WHERE client_id = ?";
    private static final String INSERT = "INSERT INTO registration_tokens (client_id, token_digest) VALUES (?, ?)";
    private static final String FIND = "SELECT token_digest FROM registration_tokens WHERE client_id = ?";
    private static final String DELETE = "DELETE FROM registration_tokens WHERE client_id = ?";

    private final HotStatements statements;

    JdbcRegistrationTokenRepository(HotStatements statements) {
        this.statements = statements;
    }

    @Override
    public void put(ClientId client, TokenSignature digest) {
        if (update(client, digest) > 0) {
            return;
        }
        boolean inserted = SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, client.value());
            insert.setString(2, digest.value());
        }));
        if (!inserted) {
            update(client, digest);
        }
    }

    @Override
    public Optional<TokenSignature> find(ClientId client) {
        return statements.findOne(FIND, query -> query.setString(1, client.value()),
                row -> new TokenSignature(row.getString(1)));
    }

    @Override
    public boolean remove(ClientId client) {
        return statements.update(DELETE, delete -> delete.setString(1, client.value())) > 0;
    }

    private int update(ClientId client, TokenSignature digest) {
        return statements.update(UPDATE, update -> {
            update.setString(1, digest.value());
            update.setString(2, client.value());
        });
    }
}
