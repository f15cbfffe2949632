package dev.portcullis.adapters.persistence.jdbc;

import io.micronaut.data.exceptions.DataAccessException;

import java.sql.SQLException;

/** Reads the SQLSTATE under a data access failure, as both H2 and PostgreSQL report it. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    /**
     * Runs {@code insert}, the atomic "add unless present" of the repository ports.
     *
     * @return false, with nothing written, when the database refused the row as a duplicate key
     */
    public static boolean insertUnlessDuplicate(Runnable insert) {
        try {
            insert.run();
            return true;
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Whether {@code e} or one of its causes is a unique_violation: a row with that key exists already. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
