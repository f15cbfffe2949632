package dev.portcullis.adapters.persistence.jdbc.flow;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenSignature;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Flows in the {@code flows} table. Every step of a login and consent reads and writes a flow, so all of it is
 * plain JDBC, in SQL that H2 and PostgreSQL run alike. The keyed hashes are unique columns, so an add holding a
 * hash that another flow holds is refused like one with a taken id. An update is a conditional {@code UPDATE} on
 * the version it was derived from: of concurrent updates from one version, the database lets exactly one match.
 */
@Singleton
@JdbcStorage
public final class JdbcFlowRepository implements FlowRepository {

    private static final String INSERT = "INSERT INTO flows (" + FlowRow.COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND = "SELECT " + FlowRow.COLUMNS + " FROM flows WHERE id = ?";
    private static final Map<Key, String> FIND_BY = findByKey();
    private static final String UPDATE = """
            UPDATE flows SET version = ?, stage = ?, client_id = ?, subject = ?, login_challenge = ?, login_verifier = ?,
                   consent_challenge = ?, consent_verifier = ?, code = ?, requested_at = ?, expires_at = ?, document = ?
             WHERE id = ? AND version = ?""";
    private static final List<String> CONSENTED = Arrays.stream(FlowStage.values())
            .filter(FlowStage::isConsented).map(FlowStage::wireName).toList();
    private static final String CONSENTED_OF_SUBJECT = consented("subject = ?");
    private static final String CONSENTED_OF_CLIENT = consented("subject = ? AND client_id = ?");
    private static final String DELETE_EXPIRED = "DELETE FROM flows WHERE expires_at < ?";
    private static final String DELETE_CLIENT = "DELETE FROM flows WHERE client_id = ?";

    private final HotStatements statements;
    private final JsonMapper json;

    JdbcFlowRepository(HotStatements statements, JsonMapper json) {
        this.statements = statements;
        this.json = json;
    }

    @Override
    public boolean add(AuthorizationFlow flow) {
        FlowRow row = FlowRow.from(flow, json);
        return SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, row.id());
            bindFromVersion(insert, row, 2);
        }));
    }

    @Override
    public Optional<AuthorizationFlow> find(GrantId id) {
        return findOne(FIND, id.value());
    }

    @Override
    public Optional<AuthorizationFlow> findBy(Key key, TokenSignature value) {
        return findOne(FIND_BY.get(key), value.value());
    }

    @Override
    public boolean update(AuthorizationFlow next) {
        FlowRow row = FlowRow.from(next, json);
        return statements.update(UPDATE, update -> {
            int after = bindFromVersion(update, row, 1);
            update.setString(after, row.id());
            update.setInt(after + 1, row.version() - 1);
        }) == 1;
    }

    @Override
    public List<AuthorizationFlow> findConsented(String subject, Optional<ClientId> client) {
        String sql = client.isPresent() ? CONSENTED_OF_CLIENT : CONSENTED_OF_SUBJECT;
        return statements.findAll(sql, find -> {
            int next = 1;
            find.setString(next++, subject);
            if (client.isPresent()) {
                find.setString(next++, client.get().value());
            }
            for (String stage : CONSENTED) {
                find.setString(next++, stage);
            }
        }, FlowRow::read).stream().map(row -> row.toDomain(json)).toList();
    }

    @Override
    public int removeClient(ClientId client) {
        return statements.update(DELETE_CLIENT, delete -> delete.setString(1, client.value()));
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return statements.update(DELETE_EXPIRED, delete -> delete.setLong(1, notAfter.toEpochMilli()));
    }

    private Optional<AuthorizationFlow> findOne(String sql, String value) {
        return statements.findOne(sql, find -> find.setString(1, value), FlowRow::read).map(row -> row.toDomain(json));
    }

    /**
     * Binds every column after the id, in {@link FlowRow#COLUMNS} order, from parameter {@code first} on.
     *
     * @return the index of the parameter after them
     */
    private static int bindFromVersion(PreparedStatement statement, FlowRow row, int first) throws SQLException {
        int next = first;
        statement.setInt(next++, row.version());
        statement.setString(next++, row.stage());
        statement.setString(next++, row.clientId());
        HotStatements.setNullableString(statement, next++, row.subject());
        statement.setString(next++, row.loginChallenge());
        HotStatements.setNullableString(statement, next++, row.loginVerifier());
        HotStatements.setNullableString(statement, next++, row.consentChallenge());
        HotStatements.setNullableString(statement, next++, row.consentVerifier());
        HotStatements.setNullableString(statement, next++, row.code());
        statement.setLong(next++, row.requestedAt());
        statement.setLong(next++, row.expiresAt());
        statement.setString(next++, row.document());
        return next;
    }

    private static Map<Key, String> findByKey() {
        Map<Key, String> statements = new EnumMap<>(Key.class);
        for (Key key : Key.values()) {
            String column = switch (key) {
                case LOGIN_CHALLENGE -> "login_challenge";
                case LOGIN_VERIFIER -> "login_verifier";
                case CONSENT_CHALLENGE -> "consent_challenge";
                case CONSENT_VERIFIER -> "consent_verifier";
                case CODE -> "code";
            };
            statements.put(key, "SELECT " + FlowRow.COLUMNS + " FROM flows WHERE " + column + " = ?");
        }
        return Collections.unmodifiableMap(statements);
    }

    /** The flows in force that match {@code condition}, newest first; equal times in a fixed order, by id. */
    private static String consented(String condition) {
        String stages = String.join(", ", Collections.nCopies(CONSENTED.size(), "?"));
        return "SELECT " + FlowRow.COLUMNS + " FROM flows WHERE " + condition + " AND stage IN (" + stages + ")"
                + " ORDER BY requested_at DESC, id DESC";
    }
}
