package dev.portcullis.adapters.persistence

import dev.portcullis.adapters.persistence.jdbc.client.JdbcClientRepository
import dev.portcullis.adapters.persistence.jdbc.health.JdbcStorageHealth
import dev.portcullis.adapters.persistence.memory.InMemoryClientRepository
import dev.portcullis.adapters.persistence.memory.InMemoryStorageHealth
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.StorageHealth
import io.micronaut.context.ApplicationContext
import spock.lang.Specification

import javax.sql.DataSource

/** Configuration alone chooses the storage adapter. */
class StorageSelectionSpec extends Specification {

    def "portcullis.storage #storage gives #repository.simpleName"() {
        given:
        def context = ApplicationContext.run(properties, 'test')

        expect:
        repository.isInstance(context.getBean(ClientRepository))
        health.isInstance(context.getBean(StorageHealth))
        context.getBean(StorageHealth).problem().isEmpty()
        context.containsBean(DataSource) == dataSource

        cleanup:
        context?.close()

        where:
        storage  | properties                                                               || repository               | health                | dataSource
        'jdbc'   | [:]                                                                      || JdbcClientRepository     | JdbcStorageHealth     | true
        'memory' | ['portcullis.storage': 'memory', 'datasources.default.enabled': 'false'] || InMemoryClientRepository | InMemoryStorageHealth | false
    }
}
