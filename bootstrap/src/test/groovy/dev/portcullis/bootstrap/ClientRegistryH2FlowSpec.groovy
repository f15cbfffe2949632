package dev.portcullis.bootstrap

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.Shared
import spock.lang.TempDir

import java.nio.file.Path

/** The embedded default: H2 in a file under the data folder. */
class ClientRegistryH2FlowSpec extends ClientRegistryFlowSpec {

    @Shared
    @TempDir
    Path dataDir

    Map<String, Object> storageProperties() {
        embeddedDefault(dataDir)
    }

    static Map<String, Object> embeddedDefault(Path dir) {
        ['portcullis.data-dir'    : dir.toString(),
         'datasources.default.url': "jdbc:h2:file:${dir.resolve('portcullis')}".toString()]
    }

    @TempDir
    Path ownDir

    def "clients survive a restart of the server"() {
        given:
        def first = new RunningServer(embeddedDefault(ownDir))
        def created = first.body(first.send(HttpRequest.POST('/admin/clients',
                [client_name: 'durable', grant_types: ['client_credentials']]))) as Map
        first.close()

        when:
        def second = new RunningServer(embeddedDefault(ownDir))
        def read = second.send(HttpRequest.GET("/admin/clients/${created.client_id}"))

        then:
        read.status == HttpStatus.OK
        second.body(read).client_name == 'durable'
        second.body(read).created_at == created.created_at

        cleanup:
        second?.close()
    }
}
