package dev.portcullis.adapters.persistence.jdbc.health;

import dev.portcullis.adapters.persistence.JdbcStorage;
import dev.portcullis.application.port.StorageHealth;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Ready when a query on the newest table succeeds: the database answers and Liquibase has run. */
@Singleton
@JdbcStorage
public final class JdbcStorageHealth implements StorageHealth {

    private final DataSource dataSource;

    JdbcStorageHealth(DataSource dataSource) {
        // The injected data source only lends the connection of a surrounding transaction; ask the pool itself.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public Optional<String> problem() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.executeQuery("SELECT 1 FROM logout_requests WHERE 1 = 0").close();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("the database is unreachable or not migrated");
        }
    }
}
