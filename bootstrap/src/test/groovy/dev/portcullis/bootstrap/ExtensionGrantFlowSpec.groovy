package dev.portcullis.bootstrap

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * The grant-type extension point, proven from outside: src/extension-test/java holds a GrantHandler and a
 * one-method factory, compiled with the tests only. With no change to production code, its grant type is
 * served at /oauth2/token and advertised by discovery.
 */
class ExtensionGrantFlowSpec extends Specification {

    static final String ECHO = 'urn:portcullis:test:echo'

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        portcullis = new RunningServer(RunningServer.h2(dataDir))
    }

    String tenant = "owner-${UUID.randomUUID()}".toString()

    def "a client registered for the extension grant gets a token for the subject it names"() {
        given:
        def client = register([ECHO])

        when:
        def response = echo(client, [subject: 'alice', scope: 'read'])
        def body = portcullis.body(response)

        then:
        response.status == HttpStatus.OK
        body.token_type.equalsIgnoreCase('bearer')
        body.scope == 'read'
        response.header('Cache-Control') == 'no-store'

        when:
        def introspection = portcullis.body(portcullis.admin(
                HttpRequest.POST('/admin/oauth2/introspect', [token: body.access_token]).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)))

        then:
        introspection.active == true
        introspection.sub == 'alice'
        introspection.client_id == client.client_id
        introspection.scope == 'read'
    }

    def "the extension grant's own rule holds: without a subject the request is invalid_request"() {
        when:
        def response = echo(register([ECHO]), [scope: 'read'])

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_request'
    }

    def "discovery advertises the extension grant beside the built-in ones"() {
        expect:
        ['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server'].every {
            ECHO in portcullis.body(portcullis.send(HttpRequest.GET(it))).grant_types_supported
        }
    }

    def "a client not registered for the extension grant gets unauthorized_client"() {
        when:
        def response = echo(register(['client_credentials']), [subject: 'alice'])

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'unauthorized_client'
    }

    @TempDir
    Path ownDir

    def "two handlers for one grant type fail start-up"() {
        when:
        def server = new RunningServer(RunningServer.h2(ownDir) + ['example.echo.register-twice': true])

        then:
        def failure = thrown(Exception)
        causes(failure).any { it instanceof IllegalStateException && it.message.contains("two grant handlers for $ECHO") }

        cleanup:
        server?.close()
    }

    Map register(List<String> grantTypes) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients',
                [owner: tenant, grant_types: grantTypes, scope: 'read write']))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    def echo(Map client, Map form) {
        portcullis.token(client.client_id, client.client_secret, [grant_type: ECHO] + form)
    }

    static List<Throwable> causes(Throwable failure) {
        def chain = []
        for (def cause = failure; cause != null && !chain.contains(cause); cause = cause.cause) {
            chain << cause
        }
        chain
    }
}
