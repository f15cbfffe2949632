package dev.portcullis.adapters.persistence.jdbc.session

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.application.port.LoginSessionRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcLoginSessionRepositoryH2Spec extends LoginSessionRepositoryContractSpec {

    @Inject
    JdbcLoginSessionRepository jdbcRepository

    @Inject
    DataSource dataSource

    LoginSessionRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
