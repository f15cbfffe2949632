package dev.portcullis.adapters.persistence.jdbc.key

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.KeyRepository
import dev.portcullis.application.port.KeyRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcKeyRepositoryPostgresSpec extends KeyRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcKeyRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    KeyRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
