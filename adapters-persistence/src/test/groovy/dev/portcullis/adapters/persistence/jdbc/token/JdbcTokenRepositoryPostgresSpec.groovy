package dev.portcullis.adapters.persistence.jdbc.token

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.port.TokenRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcTokenRepositoryPostgresSpec extends TokenRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcTokenRepository jdbcRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    TokenRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
