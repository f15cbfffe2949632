package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions

import java.nio.file.Path
import java.time.Duration

/**
 * PostgreSQL behind a TCP relay that the spec cuts and restores: while the database cannot be reached, requests
 * get 503 temporarily_unavailable within a few seconds, never a 500 or a hang, and the server recovers by itself.
 */
@Requires({ PostgresTestDatabase.configured() })
class StorageOutagePostgresSpec extends Specification {

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    TcpRelay relay

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        def database = RunningServer.postgres('storage_outage', dataDir)
        def target = URI.create((database['datasources.default.url'] as String).substring('jdbc:'.length()))
        relay = new TcpRelay(target.host, target.port)
        def throughRelay = (database['datasources.default.url'] as String)
                .replace("${target.host}:${target.port}", "127.0.0.1:${relay.port}")
        portcullis = new RunningServer(database + ['datasources.default.url': throughRelay])
    }

    def cleanup() {
        relay.restore()
    }

    def "while the database is unreachable a token request gets 503 temporarily_unavailable quickly, and readiness says so"() {
        given:
        assert adminToken().status == HttpStatus.OK

        when:
        relay.cut()
        def started = System.nanoTime()
        def response = adminToken()
        def took = Duration.ofNanos(System.nanoTime() - started)
        def ready = portcullis.send(HttpRequest.GET('/health/ready'))

        then:
        response.status == HttpStatus.SERVICE_UNAVAILABLE
        portcullis.body(response).error == 'temporarily_unavailable'
        response.header('Retry-After') == '2'
        took < Duration.ofSeconds(6)
        ready.status == HttpStatus.SERVICE_UNAVAILABLE

        when: 'the database is back'
        relay.restore()

        then: 'the server serves again without a restart, within seconds'
        new PollingConditions(timeout: 10, delay: 0.2).eventually {
            assert adminToken().status == HttpStatus.OK
        }
    }

    def "an admin API request in an outage gets 503 in the admin API's shape"() {
        given:
        def token = portcullis.newAdminToken()

        when:
        relay.cut()
        def response = portcullis.send(HttpRequest.GET('/admin/clients').bearerAuth(token))

        then:
        response.status == HttpStatus.SERVICE_UNAVAILABLE
        portcullis.body(response).error == 'temporarily_unavailable'
    }

    def adminToken() {
        portcullis.token(RunningServer.ADMIN_CLIENT_ID, RunningServer.ADMIN_CLIENT_SECRET,
                [grant_type: 'client_credentials', scope: RunningServer.ADMIN_SCOPE])
    }
}
