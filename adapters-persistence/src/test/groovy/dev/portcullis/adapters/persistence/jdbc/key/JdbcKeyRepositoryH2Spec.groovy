package dev.portcullis.adapters.persistence.jdbc.key

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.KeyRepository
import dev.portcullis.application.port.KeyRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcKeyRepositoryH2Spec extends KeyRepositoryContractSpec {

    @Inject
    JdbcKeyRepository jdbcRepository

    @Inject
    DataSource dataSource

    KeyRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
