package dev.portcullis.adapters.persistence.jdbc.assertion

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.AssertionRepository
import dev.portcullis.application.port.AssertionRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcAssertionRepositoryPostgresSpec extends AssertionRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcAssertionRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    AssertionRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
