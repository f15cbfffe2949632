package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import dev.portcullis.application.port.AssertionRepository
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Duration
import java.time.Instant

/**
 * The admin flush forgets the used JWT assertions that expired, on every storage, and never one still valid, even
 * when asked to flush up to a time still to come: forgetting its jti would let it be used again.
 */
class AssertionFlushStorageFlowSpec extends Specification {

    @TempDir
    Path dataDir

    def "flushing on #storage forgets the used assertions that expired and keeps the valid ones"() {
        given:
        def portcullis = new RunningServer(properties(dataDir))
        def assertions = portcullis.server.applicationContext.getBean(AssertionRepository)
        def issuer = "https://issuer.example.com/${UUID.randomUUID()}".toString()
        def now = Instant.now()
        assertions.recordFirstUse(issuer, 'expired', now - Duration.ofMinutes(1))
        assertions.recordFirstUse(issuer, 'valid', now + Duration.ofHours(1))

        when:
        def flushed = portcullis.admin(HttpRequest.POST('/admin/oauth2/flush',
                [not_after: (now + Duration.ofDays(1)).toString()]))

        then:
        flushed.status == HttpStatus.NO_CONTENT
        assertions.recordFirstUse(issuer, 'expired', now - Duration.ofMinutes(1))
        !assertions.recordFirstUse(issuer, 'valid', now + Duration.ofHours(1))

        cleanup:
        portcullis?.close()

        where:
        storage  | properties
        'memory' | { Path dir -> RunningServer.memory(dir) }
        'H2'     | { Path dir -> RunningServer.h2(dir) }
    }

    @Requires({ PostgresTestDatabase.configured() })
    def "flushing on PostgreSQL forgets the used assertions that expired and keeps the valid ones"() {
        given:
        def portcullis = new RunningServer(RunningServer.postgres('flow_assertion_flush', dataDir))
        def assertions = portcullis.server.applicationContext.getBean(AssertionRepository)
        def now = Instant.now()
        assertions.recordFirstUse('https://issuer.example.com', 'expired', now - Duration.ofMinutes(1))
        assertions.recordFirstUse('https://issuer.example.com', 'valid', now + Duration.ofHours(1))

        when:
        def flushed = portcullis.admin(HttpRequest.POST('/admin/oauth2/flush', [not_after: (now + Duration.ofDays(1)).toString()]))

        then:
        flushed.status == HttpStatus.NO_CONTENT
        portcullis.rows('SELECT expires_at FROM used_assertions')*.expires_at == [(now + Duration.ofHours(1)).toEpochMilli()]

        cleanup:
        portcullis?.close()
    }
}
