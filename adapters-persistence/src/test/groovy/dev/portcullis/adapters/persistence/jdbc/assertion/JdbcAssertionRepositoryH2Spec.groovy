package dev.portcullis.adapters.persistence.jdbc.assertion

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.AssertionRepository
import dev.portcullis.application.port.AssertionRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcAssertionRepositoryH2Spec extends AssertionRepositoryContractSpec {

    @Inject
    JdbcAssertionRepository jdbcRepository

    @Inject
    DataSource dataSource

    AssertionRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
