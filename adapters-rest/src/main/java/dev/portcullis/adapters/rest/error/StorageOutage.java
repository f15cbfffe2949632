package dev.portcullis.adapters.rest.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Whether a failure means the database could not be reached: no connection within the pool's timeout, a connection
 * refused or lost, or a statement the database did not answer in time. SQLState class 08 is "connection exception"
 * (SQL:2011 and PostgreSQL), 57P01 to 57P03 are a server shutting down or not yet accepting connections.
 */
final class StorageOutage {

    private StorageOutage() {
    }

    /** The outermost SQL failure behind {@code failure}: one that says the database is unreachable, if any does. */
    static Optional<SQLException> sqlCauseOf(Throwable failure) {
        SQLException first = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (unreachable(sql)) {
                    return Optional.of(sql);
                }
                first = first == null ? sql : first;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.ofNullable(first);
    }

    /** Whether the failure itself says that the database could not be reached. */
    static boolean unreachable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException || state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
