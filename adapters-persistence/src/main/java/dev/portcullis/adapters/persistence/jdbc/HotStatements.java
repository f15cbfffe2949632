package dev.portcullis.adapters.persistence.jdbc;

import dev.portcullis.adapters.persistence.JdbcStorage;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC for the statements on the path of every token, introspection and authorization request. A
 * repository method of Micronaut Data costs about as much again as the statement it runs on H2 (interception, a
 * contextual connection, read-only handling, reflective row mapping); these statements bind their parameters and
 * read their columns by hand instead. Inside a connection that Micronaut Data already holds for the caller (a
 * transaction) they use that connection; otherwise they borrow one from the pool in auto-commit mode.
 * Failures surface as Micronaut Data's {@link DataAccessException}, as they do from the generated
 * repositories, so that {@link SqlStates} reads them alike.
 */
@Singleton
@JdbcStorage
public final class HotStatements {

    /** Sets the parameters of a prepared statement. */
    @FunctionalInterface
    public interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource pool;
    private final ConnectionOperations<Connection> connections;

    HotStatements(DataSource dataSource, ConnectionOperations<Connection> connections) {
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
        this.connections = connections;
    }

    /** Runs an INSERT, UPDATE or DELETE. @return the number of rows it changed */
    public int update(String sql, Parameters parameters) {
        return withConnection(sql, connection -> update(connection, sql, parameters));
    }

    /** Runs a query expected to match at most one row. @return that row, read by {@code row}, or empty */
    public <T> Optional<T> findOne(String sql, Parameters parameters, Row<T> row) {
        return withConnection(sql, connection -> findOne(connection, sql, parameters, row));
    }

    /** Runs a query. @return every row it matched, read by {@code row}, in the order the query gives */
    public <T> List<T> findAll(String sql, Parameters parameters, Row<T> row) {
        return withConnection(sql, connection -> findAll(connection, sql, parameters, row));
    }

    /** Binds {@code value} to a VARCHAR or text parameter, or SQL NULL when it is null. */
    public static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on the caller's current connection, or on one borrowed from the pool for it. */
    private <T> T withConnection(String sql, Work<T> work) {
        Optional<ConnectionStatus<Connection>> current = connections.findConnectionStatus();
        try {
            if (current.isPresent()) {
                return work.on(current.get().getConnection());
            }
            try (Connection connection = pool.getConnection()) {
                return work.on(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("could not run: " + sql, e);
        }
    }

    private static int update(Connection connection, String sql, Parameters parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            return statement.executeUpdate();
        }
    }

    private static <T> Optional<T> findOne(Connection connection, String sql, Parameters parameters, Row<T> row)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
            }
        }
    }

    private static <T> List<T> findAll(Connection connection, String sql, Parameters parameters, Row<T> row)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(row.read(rows));
                }
                return found;
            }
        }
    }
}
