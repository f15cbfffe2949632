package dev.portcullis.adapters.persistence.jdbc.session;

import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.token.TokenSignature;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of {@code login_sessions}: the cookie's keyed hash, and times as epoch milliseconds. */
record LoginSessionRow(
        String id,
        String cookie,
        String subject,
        long authenticatedAt,
        boolean remembered,
        long expiresAt) {

    /** The columns in declaration order, as every query selects them. */
    static final String COLUMNS = "id, cookie, subject, authenticated_at, remembered, expires_at";

    static LoginSessionRow from(LoginSession session) {
        return new LoginSessionRow(session.id(), session.cookie().value(), session.subject(),
                session.authenticatedAt().toEpochMilli(), session.remembered(), session.expiresAt().toEpochMilli());
    }

    /** The row under the cursor of a result set with the {@link #COLUMNS}. */
    static LoginSessionRow read(ResultSet row) throws SQLException {
        return new LoginSessionRow(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                row.getBoolean(5), row.getLong(6));
    }

    LoginSession toDomain() {
        return new LoginSession(id, new TokenSignature(cookie), subject, Instant.ofEpochMilli(authenticatedAt),
                remembered, Instant.ofEpochMilli(expiresAt));
    }
}
