package dev.portcullis.adapters.persistence.jdbc.client

import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.HashedSecret
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.json.JsonMapper
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import javax.sql.DataSource
import java.time.Instant

/**
 * The repository remembers parsed clients by the version of their row; these features change rows behind
 * its back, as another server on the same database would, and expect the change to be seen at once.
 */
@MicronautTest(transactional = false)
class ParsedClientsH2Spec extends Specification {

    @Inject
    JdbcClientRepository repository

    @Inject
    DataSource dataSource

    @Inject
    JsonMapper json

    def now = Instant.parse('2030-01-01T00:00:00Z')
    def id = new ClientId('cached')

    def setup() {
        JdbcTables.clear(dataSource)
        assert repository.add(Clients.registered(Clients.confidential().clientName('First'), now, 'cached'))
        assert repository.find(id).get().metadata().clientName() == 'First'
    }

    void sql(String statement, List<Object> parameters) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            c.prepareStatement(statement).withCloseable { s ->
                parameters.eachWithIndex { p, i -> s.setObject(i + 1, p) }
                s.executeUpdate()
            }
        }
    }

    def "a client updated elsewhere (its revision moved) is read again"() {
        given:
        def document = repository.find(id).get()
        def renamed = ClientRow.from(new Client(id, document.metadata().toBuilder().clientName('Second').build(),
                document.secretHash(), document.createdAt(), document.updatedAt(), document.lastUsedAt(), document.revision() + 1), json)

        when:
        sql('UPDATE clients SET document = ?, client_name = ?, revision = revision + 1 WHERE client_id = ?',
                [renamed.document(), 'Second', 'cached'])

        then:
        repository.find(id).get().metadata().clientName() == 'Second'
        repository.find(id).get().revision() == document.revision() + 1
    }

    def "a client deleted elsewhere is not found"() {
        when:
        sql('DELETE FROM clients WHERE client_id = ?', ['cached'])

        then:
        repository.find(id).isEmpty()
    }

    def "a client deleted and created again elsewhere at the same revision and time, with another secret, is read again"() {
        given:
        def before = repository.find(id).get()

        when: 'the same row comes back with only the secret hash changed'
        sql('UPDATE clients SET secret_hash = ? WHERE client_id = ?', ['$other$hash', 'cached'])

        then:
        repository.find(id).get().secretHash() == Optional.of(new HashedSecret('$other$hash'))
        before.secretHash() != Optional.of(new HashedSecret('$other$hash'))
    }

    def "an unchanged client is handed out from memory, equal to what was stored"() {
        expect:
        repository.find(id).get().is(repository.find(id).get())
        repository.find(id).get() == Clients.registered(Clients.confidential().clientName('First'), now, 'cached')
    }
}
