package dev.portcullis.adapters.persistence.jdbc.logout

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.LogoutRequestRepository
import dev.portcullis.application.port.LogoutRequestRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcLogoutRequestRepositoryH2Spec extends LogoutRequestRepositoryContractSpec {

    @Inject
    JdbcLogoutRequestRepository jdbcRepository

    @Inject
    DataSource dataSource

    LogoutRequestRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
