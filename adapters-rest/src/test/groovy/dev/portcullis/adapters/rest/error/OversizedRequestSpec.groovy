package dev.portcullis.adapters.rest.error

import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import java.nio.charset.StandardCharsets

/** Request lines and headers past the server's limits get their own statuses, not "body too large". */
@MicronautTest
class OversizedRequestSpec extends Specification {

    @Inject
    EmbeddedServer server

    /** The status line and body of the answer to {@code head}, sent as is on a fresh connection. */
    Map exchange(String head) {
        new Socket('127.0.0.1', server.port).withCloseable { socket ->
            socket.soTimeout = 10_000
            socket.outputStream.write(head.getBytes(StandardCharsets.US_ASCII))
            socket.outputStream.flush()
            def answer = new String(socket.inputStream.readAllBytes(), StandardCharsets.UTF_8)
            [status: answer.readLines()[0], body: answer.substring(answer.indexOf('\r\n\r\n') + 4)]
        }
    }

    def "a request URI longer than the server reads is 414 with RFC 6749 error JSON"() {
        when:
        def answer = exchange("GET /oauth2/auth?state=${'a' * 20_000} HTTP/1.1\r\nHost: localhost\r\n\r\n")

        then:
        answer.status.startsWith('HTTP/1.1 414')
        new JsonSlurper().parseText(answer.body as String) == [error: 'invalid_request', error_description: 'the request URI is too long']
    }

    def "headers larger than the server reads are 431"() {
        when:
        def answer = exchange("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b' * 20_000}\r\n\r\n")

        then:
        answer.status.startsWith('HTTP/1.1 431')
    }

    def "a request within the limits is answered as usual"() {
        expect:
        exchange("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").status.startsWith('HTTP/1.1 200')
    }
}
