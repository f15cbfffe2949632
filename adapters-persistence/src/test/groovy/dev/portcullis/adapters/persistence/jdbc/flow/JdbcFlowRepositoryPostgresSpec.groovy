package dev.portcullis.adapters.persistence.jdbc.flow

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.FlowRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcFlowRepositoryPostgresSpec extends FlowRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcFlowRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    FlowRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
