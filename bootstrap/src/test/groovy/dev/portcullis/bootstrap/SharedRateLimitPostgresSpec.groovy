package dev.portcullis.bootstrap

import dev.portcullis.adapters.persistence.jdbc.client.PostgresTestDatabase
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * Two servers on one PostgreSQL database, as behind a load balancer: a limit holds for the requests of both
 * together, because the buckets live in the database. Skipped when no test database is configured.
 */
@Requires({ PostgresTestDatabase.configured() })
class SharedRateLimitPostgresSpec extends Specification {

    static final int TOKENS = 6
    static final int ADMIN = 7

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer first

    @Shared
    @AutoCleanup
    RunningServer second

    def setupSpec() {
        def shared = RunningServer.postgres('flow_shared_rate_limits', dataDir) + [
                // Both servers derive the same keys, as the nodes of one deployment do.
                'portcullis.secrets.system'              : 'the-system-secret-both-servers-of-this-spec-share',
                'portcullis.rate-limits.token.per-client': TOKENS,
                'portcullis.rate-limits.token.period'    : '1h',
                'portcullis.rate-limits.admin.per-caller': ADMIN,
                'portcullis.rate-limits.admin.period'    : '1h']
        first = new RunningServer(shared)
        second = new RunningServer(shared)
    }

    def "token requests of one client split across both servers hit 429 at the configured total"() {
        given:
        def client = register()

        when: 'the requests alternate between the servers'
        def statuses = (1..TOKENS + 2).collect { n ->
            def server = n % 2 ? first : second
            server.token(client.client_id, client.client_secret, [grant_type: 'client_credentials']).status
        }

        then: 'three on each server went through, and every request after them is refused, on either server'
        statuses == [HttpStatus.OK] * TOKENS + [HttpStatus.TOO_MANY_REQUESTS] * 2

        and:
        def refused = second.token(client.client_id, client.client_secret, [grant_type: 'client_credentials'])
        refused.status == HttpStatus.TOO_MANY_REQUESTS
        second.body(refused).error == 'too_many_requests'
        (refused.header('Retry-After') as int) in 1..600
    }

    def "admin requests of one caller split across both servers hit 429 at the configured total"() {
        given: "a token from the first server, which the second accepts too"
        def token = first.newAdminToken()

        when:
        def statuses = (1..ADMIN + 2).collect { n ->
            def server = n % 2 ? second : first
            server.send(HttpRequest.GET('/admin/clients').bearerAuth(token)).status
        }

        then:
        statuses == [HttpStatus.OK] * ADMIN + [HttpStatus.TOO_MANY_REQUESTS] * 2
    }

    Map register() {
        def response = first.admin(HttpRequest.POST('/admin/clients', [grant_types: ['client_credentials'], scope: 'read']))
        assert response.status == HttpStatus.CREATED: first.body(response)
        first.body(response) as Map
    }
}
