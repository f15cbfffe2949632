package dev.portcullis.adapters.persistence.jdbc.token;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tokens in the {@code tokens} table. Adding and finding a record are on the path of every token and
 * introspection request and run as plain JDBC; the rest are Micronaut Data queries.
 */
@Singleton
@JdbcStorage
public final class JdbcTokenRepository implements TokenRepository {

    private static final String INSERT = """
            INSERT INTO tokens (signature, kind, client_id, subject, scope, audience, issued_at, expires_at, grant_id, revoked,
                                claims, derived_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FIND = """
            SELECT signature, kind, client_id, subject, scope, audience, issued_at, expires_at, grant_id, revoked,
                   claims, derived_from
              FROM tokens WHERE signature = ?""";

    private final TokenRows rows;
    private final HotStatements statements;
    private final JsonMapper json;

    JdbcTokenRepository(TokenRows rows, HotStatements statements, JsonMapper json) {
        this.rows = rows;
        this.statements = statements;
        this.json = json;
    }

    @Override
    public boolean add(TokenRecord token) {
        TokenRow row = TokenRow.from(token, json);
        return SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, row.signature());
            insert.setString(2, row.kind());
            insert.setString(3, row.clientId());
            setNullable(insert, 4, row.subject());
            insert.setString(5, row.scope());
            insert.setString(6, row.audience());
            insert.setLong(7, row.issuedAt());
            insert.setLong(8, row.expiresAt());
            insert.setString(9, row.grantId());
            insert.setBoolean(10, row.revoked());
            setNullable(insert, 11, row.claims());
            setNullable(insert, 12, row.derivedFrom());
        }));
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public Optional<TokenRecord> find(TokenSignature signature) {
        return statements.findOne(FIND, find -> find.setString(1, signature.value()), TokenRow::read)
                .map(row -> row.toDomain(json));
    }

    @Override
    public boolean revoke(TokenSignature signature) {
        return rows.revoke(signature.value()) == 1;
    }

    @Override
    public List<TokenSignature> findDerived(TokenSignature parent) {
        return rows.findDerived(parent.value()).stream().map(TokenSignature::new).toList();
    }

    @Override
    public int revokeGrant(GrantId grantId) {
        return rows.revokeGrant(grantId.value());
    }

    @Override
    public int removeClient(ClientId clientId) {
        return rows.deleteOfClient(clientId.value());
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return rows.deleteExpiredBefore(notAfter.toEpochMilli());
    }
}
