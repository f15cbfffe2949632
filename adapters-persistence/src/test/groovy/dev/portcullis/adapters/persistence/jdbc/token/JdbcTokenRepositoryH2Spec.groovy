package dev.portcullis.adapters.persistence.jdbc.token

import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.port.TokenRepositoryContractSpec
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcTokenRepositoryH2Spec extends TokenRepositoryContractSpec {

    @Inject
    JdbcTokenRepository jdbcRepository

    @Inject
    DataSource dataSource

    TokenRepository emptyRepository() {
        JdbcTables.clear(dataSource)
        jdbcRepository
    }
}
