package dev.portcullis.adapters.persistence.jdbc.trust

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.TrustRepository
import dev.portcullis.application.port.TrustRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcTrustRepositoryPostgresSpec extends TrustRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcTrustRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    TrustRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
