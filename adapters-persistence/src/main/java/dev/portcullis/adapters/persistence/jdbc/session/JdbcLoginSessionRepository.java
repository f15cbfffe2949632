package dev.portcullis.adapters.persistence.jdbc.session;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.adapters.persistence.jdbc.HotStatements;
import dev.portcullis.adapters.persistence.jdbc.SqlStates;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * Login sessions in the {@code login_sessions} table. A session is looked up by its cookie on every authorization
 * request, so all of it is plain JDBC, in SQL that H2 and PostgreSQL run alike. The id and the cookie hash are
 * each unique: an add that collides with either is refused by the database.
 */
@Singleton
@JdbcStorage
public final class JdbcLoginSessionRepository implements LoginSessionRepository {

    private static final String INSERT = "INSERT INTO login_sessions (" + LoginSessionRow.COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String FIND_BY_COOKIE = "SELECT " + LoginSessionRow.COLUMNS
            + " FROM login_sessions WHERE cookie = ?";
    private static final String DELETE = "DELETE FROM login_sessions WHERE id = ?";
    private static final String DELETE_OF_SUBJECT = "DELETE FROM login_sessions WHERE subject = ?";
    private static final String DELETE_EXPIRED = "DELETE FROM login_sessions WHERE expires_at < ?";

    private final HotStatements statements;

    JdbcLoginSessionRepository(HotStatements statements) {
        this.statements = statements;
    }

    @Override
    public boolean add(LoginSession session) {
        LoginSessionRow row = LoginSessionRow.from(session);
        return SqlStates.insertUnlessDuplicate(() -> statements.update(INSERT, insert -> {
            insert.setString(1, row.id());
            insert.setString(2, row.cookie());
            insert.setString(3, row.subject());
            insert.setLong(4, row.authenticatedAt());
            insert.setBoolean(5, row.remembered());
            insert.setLong(6, row.expiresAt());
        }));
    }

    @Override
    public Optional<LoginSession> findByCookie(TokenSignature cookie) {
        return statements.findOne(FIND_BY_COOKIE, find -> find.setString(1, cookie.value()), LoginSessionRow::read)
                .map(LoginSessionRow::toDomain);
    }

    @Override
    public boolean remove(String id) {
        return statements.update(DELETE, delete -> delete.setString(1, id)) == 1;
    }

    @Override
    public int removeSubject(String subject) {
        return statements.update(DELETE_OF_SUBJECT, delete -> delete.setString(1, subject));
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return statements.update(DELETE_EXPIRED, delete -> delete.setLong(1, notAfter.toEpochMilli()));
    }
}
