package dev.portcullis.adapters.persistence.jdbc.registration

import dev.portcullis.adapters.persistence.jdbc.client.JdbcClientRepository
import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.application.port.RegistrationTokenRepositoryContractSpec
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.Clients
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import spock.lang.Requires

import javax.sql.DataSource
import java.time.Instant

/** Runs when {@code portcullis.test.postgres.url} names a database; .ci/run always sets it. */
@Requires({ PostgresTestDatabase.configured() })
@MicronautTest(transactional = false)
class JdbcRegistrationTokenRepositoryPostgresSpec extends RegistrationTokenRepositoryContractSpec implements TestPropertyProvider {

    @Inject
    JdbcRegistrationTokenRepository jdbcRepository

    @Inject
    JdbcClientRepository clientRepository

    @Inject
    DataSource dataSource

    Map<String, String> getProperties() {
        PostgresTestDatabase.properties()
    }

    RegistrationTokenRepository emptyRepository(List<ClientId> clients) {
        JdbcTables.clear(dataSource)
        clients.each { assert clientRepository.add(Clients.registered(Clients.webApp(), Instant.parse('2030-01-01T00:00:00Z'), it.value())) }
        jdbcRepository
    }

    def "deleting a client deletes its registration access token with it"() {
        given:
        repository.put(alpha, FIRST)

        when:
        clientRepository.remove(alpha)

        then:
        repository.find(alpha).isEmpty()
    }
}
