package dev.portcullis.adapters.rest.error

import dev.portcullis.adapters.rest.RestSpecification
import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * A Content-Type whose charset Java cannot read is the caller's mistake on every endpoint with a body: a 4xx in the
 * surface's shape, never a 500. Sent with the JDK's client, since Micronaut's would refuse to encode such a body.
 */
@MicronautTest
class CharsetSpec extends RestSpecification {

    @Inject
    EmbeddedServer server

    HttpResponse<String> post(String path, String contentType, String body, String method = 'POST') {
        def request = HttpRequest.newBuilder(server.URI.resolve(path))
                .header('Content-Type', contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build()
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
    }

    def "a form at #path with charset #charset is 400 invalid_request"() {
        when:
        def response = post(path, "application/x-www-form-urlencoded; charset=$charset", 'grant_type=client_credentials&token=x')

        then:
        response.statusCode() == 400
        with(new JsonSlurper().parseText(response.body()) as Map) {
            error == 'invalid_request'
            error_description.contains('charset')
        }

        where:
        [path, charset] << [['/oauth2/token', '/oauth2/introspect', '/oauth2/revoke', '/oauth/token'],
                            ['nope', '"utf-8"', '', 'utf-8?']].combinations()
    }

    def "a JSON body at #path with an unreadable charset is a 4xx, not a 500"() {
        when:
        def response = post(path, 'application/json; charset=nope', '{}', method)

        then:
        response.statusCode() in 400..499

        where:
        path                      | method
        '/admin/clients'          | 'POST'
        '/clients'                | 'POST'
        '/v3/oauth-clients'       | 'POST'
        '/v1/extensions'          | 'POST'
        '/admin/clients/whoever'  | 'PUT'
    }

    def "the built-in login form with an unreadable charset is a 4xx, not a 500"() {
        when:
        def response = post('/ui/login', 'application/x-www-form-urlencoded; charset=nope', 'username=a&password=b')

        then:
        response.statusCode() in 400..499
    }
}
