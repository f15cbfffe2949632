package dev.portcullis.bootstrap

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import org.slf4j.LoggerFactory
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * DESIGN.md §4: on first start with no admin secret configured, the server creates the admin client and shows
 * its generated secret once, in the log; later starts on the same storage leave it alone.
 */
class AdminClientBootstrapFlowSpec extends Specification {

    @TempDir
    Path dataDir

    ListAppender<ILoggingEvent> startupLog = new ListAppender<>()
    Logger startupLogger = LoggerFactory.getLogger('dev.portcullis.bootstrap.startup.StartupTasks') as Logger

    Level configuredLevel

    def setup() {
        configuredLevel = startupLogger.level
        startupLogger.level = Level.INFO
        startupLog.start()
        startupLogger.addAppender(startupLog)
    }

    def cleanup() {
        startupLogger.detachAppender(startupLog)
        startupLogger.level = configuredLevel
    }

    def "without a configured secret the admin client is created once and its generated secret logged once"() {
        given:
        def generatedSecret = ['portcullis.admin.client-secret': null]

        when: 'the first start'
        def first = new RunningServer(RunningServer.h2(dataDir) + generatedSecret)
        def created = creations()

        then:
        created.size() == 1
        def secret = created[0].argumentArray[1] as String
        secret ==~ /[A-Za-z0-9_-]{43}/

        and: 'the logged secret gets an admin token, and the admin client is what an operator needs'
        def admin = first.body(first.send(HttpRequest.GET("/admin/clients/${RunningServer.ADMIN_CLIENT_ID}")
                .bearerAuth(adminToken(first, secret))))
        admin.grant_types == ['client_credentials']
        admin.scope == RunningServer.ADMIN_SCOPE
        !admin.containsKey('client_secret')

        when: 'a restart on the same H2 file'
        first.close()
        def second = new RunningServer(RunningServer.h2(dataDir) + generatedSecret)
        def listed = second.send(HttpRequest.GET('/admin/clients').bearerAuth(adminToken(second, secret)))

        then: 'nothing new is created or logged, and the first secret still works'
        creations().size() == 1
        listed.status == HttpStatus.OK
        listed.header('X-Total-Count') == '1'
        (second.body(listed) as List)*.client_id == [RunningServer.ADMIN_CLIENT_ID]

        cleanup:
        first?.close()
        second?.close()
    }

    def "a chosen admin secret is used as given, and a restart with it neither fails nor adds a client"() {
        when:
        def first = new RunningServer(RunningServer.h2(dataDir))
        first.close()
        def second = new RunningServer(RunningServer.h2(dataDir))
        def listed = second.admin(HttpRequest.GET('/admin/clients'))

        then:
        creations().size() == 1
        !creations()[0].formattedMessage.contains(RunningServer.ADMIN_CLIENT_SECRET)
        listed.header('X-Total-Count') == '1'

        cleanup:
        first?.close()
        second?.close()
    }

    List<ILoggingEvent> creations() {
        startupLog.list.findAll { it.formattedMessage.startsWith('Created the admin client') }
    }

    static String adminToken(RunningServer server, String secret) {
        def response = server.token(RunningServer.ADMIN_CLIENT_ID, secret,
                [grant_type: 'client_credentials', scope: RunningServer.ADMIN_SCOPE])
        assert response.status == HttpStatus.OK: server.body(response)
        server.body(response).access_token
    }
}
