package dev.portcullis.adapters.persistence.jdbc.assertion;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.IndexKeys;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.AssertionRepository;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Used JWT assertions in the {@code used_assertions} table, one row per issuer and {@code jti}, keyed by their
 * {@link IndexKeys} digest: both are strings of any length and content, straight from the assertion. The first use
 * is the insert the primary key lets through; every later one, and every loser of a race, is a duplicate key.
 */
@Singleton
@JdbcStorage
public final class JdbcAssertionRepository implements AssertionRepository {

    private static final String INSERT = "INSERT INTO used_assertions (issuer_jti_hash, expires_at) VALUES (?, ?)";
    private static final String DELETE_EXPIRED = "DELETE FROM used_assertions WHERE expires_at < ?";

    private final HotStatements statements;

    JdbcAssertionRepository(HotStatements statements) {
        this.statements = statements;
    }

    @Override
    public boolean recordFirstUse(String issuer, String jti, Instant expiresAt) {
        String key = IndexKeys.of(issuer, jti);
        return SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, key);
            insert.setLong(2, expiresAt.toEpochMilli());
        }));
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return statements.update(DELETE_EXPIRED, delete -> delete.setLong(1, notAfter.toEpochMilli()));
    }
}
