package dev.portcullis.adapters.persistence.jdbc.trust

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.TrustRepository
import dev.portcullis.application.port.TrustRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcTrustRepositoryH2Spec extends TrustRepositoryContractSpec {

    @Inject
    JdbcTrustRepository jdbcRepository

    @Inject
    DataSource dataSource

    TrustRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
