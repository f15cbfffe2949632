package dev.portcullis.adapters.persistence.jdbc.registration

import dev.portcullis.adapters.persistence.jdbc.client.JdbcClientRepository
import dev.portcullis.adapters.persistence.jdbc.client.JdbcTables
import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.application.port.RegistrationTokenRepositoryContractSpec
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.Clients
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import javax.sql.DataSource
import java.time.Instant

@MicronautTest(transactional = false)
class JdbcRegistrationTokenRepositoryH2Spec extends RegistrationTokenRepositoryContractSpec {

    @Inject
    JdbcRegistrationTokenRepository jdbcRepository

    @Inject
    JdbcClientRepository clientRepository

    @Inject
    DataSource dataSource

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
