package dev.portcullis.adapters.persistence.jdbc.flow

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.FlowRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcFlowRepositoryH2Spec extends FlowRepositoryContractSpec {

    @Inject
    JdbcFlowRepository jdbcRepository

    @Inject
    DataSource dataSource

    FlowRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
