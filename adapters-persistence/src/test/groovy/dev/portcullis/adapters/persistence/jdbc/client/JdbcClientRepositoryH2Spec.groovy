package dev.portcullis.adapters.persistence.jdbc.client

import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.ClientRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcClientRepositoryH2Spec extends ClientRepositoryContractSpec {

    @Inject
    JdbcClientRepository jdbcRepository

    @Inject
    DataSource dataSource

    ClientRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
