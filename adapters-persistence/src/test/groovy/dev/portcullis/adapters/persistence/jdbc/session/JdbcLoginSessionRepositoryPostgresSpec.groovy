package dev.portcullis.adapters.persistence.jdbc.session

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.application.port.LoginSessionRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcLoginSessionRepositoryPostgresSpec extends LoginSessionRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcLoginSessionRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    LoginSessionRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
