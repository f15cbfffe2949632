package dev.portcullis.bootstrap

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** portcullis.storage: memory runs the whole server without any database. */
class MemoryStorageFlowSpec extends Specification {

    @TempDir
    Path dataDir

    def "the in-memory storage serves the registry and touches no database file"() {
        given:
        def portcullis = new RunningServer(RunningServer.memory(dataDir))

        when:
        def created = portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: 'ephemeral', grant_types: ['client_credentials']]))

        then:
        created.status == HttpStatus.CREATED
        portcullis.admin(HttpRequest.GET("/admin/clients/${portcullis.body(created).client_id}")).status == HttpStatus.OK
        portcullis.send(HttpRequest.GET('/health/ready')).status == HttpStatus.OK
        Files.list(dataDir).withCloseable { files -> files.noneMatch { it.fileName.toString().startsWith('db') } }

        cleanup:
        portcullis?.close()
    }
}
