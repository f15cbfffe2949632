package dev.portcullis.adapters.persistence.jdbc;

import java.sql.SQLException;

/** Reads the SQLSTATE under a data access failure, as both H2 and PostgreSQL report it. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    /** Whether {@code e} or one of its causes is a unique_violation: a row with that key exists already. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
