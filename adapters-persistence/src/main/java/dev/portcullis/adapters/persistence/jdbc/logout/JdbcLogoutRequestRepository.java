package dev.portcullis.adapters.persistence.jdbc.logout;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Logout requests in the {@code logout_requests} table, as plain JDBC in SQL that H2 and PostgreSQL run alike,
 * like the flows they end. An update is a conditional {@code UPDATE} on the version it was derived from.
 */
@Singleton
@JdbcStorage
public final class JdbcLogoutRequestRepository implements LogoutRequestRepository {

    private static final String INSERT = "INSERT INTO logout_requests (" + LogoutRequestRow.COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String FIND_BY_CHALLENGE = "SELECT " + LogoutRequestRow.COLUMNS
            + " FROM logout_requests WHERE challenge = ?";
    private static final String FIND_BY_VERIFIER = "SELECT " + LogoutRequestRow.COLUMNS
            + " FROM logout_requests WHERE verifier = ?";
    private static final String UPDATE = """
            UPDATE logout_requests SET verifier = ?, version = ?, stage = ?, subject = ?, session_id = ?, client_id = ?,
                   post_logout_redirect_uri = ?, state = ?, rp_initiated = ?, request_url = ?, expires_at = ?
             WHERE challenge = ? AND version = ?""";
    private static final String DELETE_EXPIRED = "DELETE FROM logout_requests WHERE expires_at < ?";

    private final HotStatements statements;

    JdbcLogoutRequestRepository(HotStatements statements) {
        this.statements = statements;
    }

    @Override
    public boolean add(LogoutRequest request) {
        LogoutRequestRow row = LogoutRequestRow.from(request);
        return SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, row.challenge());
            bindFromVerifier(insert, row, 2);
        }));
    }

    @Override
    public Optional<LogoutRequest> findByChallenge(TokenSignature challenge) {
        return findOne(FIND_BY_CHALLENGE, challenge);
    }

    @Override
    public Optional<LogoutRequest> findByVerifier(TokenSignature verifier) {
        return findOne(FIND_BY_VERIFIER, verifier);
    }

    @Override
    public boolean update(LogoutRequest next) {
        LogoutRequestRow row = LogoutRequestRow.from(next);
        return statements.update(UPDATE, update -> {
            int after = bindFromVerifier(update, row, 1);
            update.setString(after, row.challenge());
            update.setInt(after + 1, row.version() - 1);
        }) == 1;
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return statements.update(DELETE_EXPIRED, delete -> delete.setLong(1, notAfter.toEpochMilli()));
    }

    private Optional<LogoutRequest> findOne(String sql, TokenSignature hash) {
        return statements.findOne(sql, find -> find.setString(1, hash.value()), LogoutRequestRow::read)
                .map(LogoutRequestRow::toDomain);
    }

    /**
     * Binds every column after the challenge, in {@link LogoutRequestRow#COLUMNS} order, from parameter
     * {@code first} on.
     *
     * @return the index of the parameter after them
     */
    private static int bindFromVerifier(PreparedStatement statement, LogoutRequestRow row, int first)
            throws SQLException {
        int next = first;
        HotStatements.setNullableString(statement, next++, row.verifier());
        statement.setInt(next++, row.version());
        statement.setString(next++, row.stage());
        statement.setString(next++, row.subject());
        statement.setString(next++, row.sessionId());
        HotStatements.setNullableString(statement, next++, row.clientId());
        HotStatements.setNullableString(statement, next++, row.postLogoutRedirectUri());
        HotStatements.setNullableString(statement, next++, row.state());
        statement.setBoolean(next++, row.rpInitiated());
        statement.setString(next++, row.requestUrl());
        statement.setLong(next++, row.expiresAt());
        return next;
    }
}
