package dev.portcullis.adapters.persistence.jdbc.client

import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.ClientRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcClientRepositoryPostgresSpec extends ClientRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcClientRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    ClientRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
