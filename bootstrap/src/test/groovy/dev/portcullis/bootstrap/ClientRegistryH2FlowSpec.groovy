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
        RunningServer.h2(dataDir)
    }

    @TempDir
    Path ownDir

    def "clients survive a restart of the server"() {
        given:
        def first = new RunningServer(RunningServer.h2(ownDir))
        def created = first.body(first.admin(HttpRequest.POST('/admin/clients',
                [client_name: 'durable', grant_types: ['client_credentials']]))) as Map
        first.close()

        when:
        def second = new RunningServer(RunningServer.h2(ownDir))
        def read = second.admin(HttpRequest.GET("/admin/clients/${created.client_id}"))

        then:
        read.status == HttpStatus.OK
        second.body(read).client_name == 'durable'
        second.body(read).created_at == created.created_at

        cleanup:
        second?.close()
    }
}
