package dev.portcullis.adapters.rest.ops

import dev.portcullis.adapters.rest.FakeStorageHealth
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

@MicronautTest
class HealthControllerSpec extends Specification {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    FakeStorageHealth storage

    def cleanup() {
        storage.recover()
    }

    def "the process reports itself alive"() {
        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/health/alive'), Map)

        then:
        response.status == HttpStatus.OK
        response.body() == [status: 'ok']
    }

    def "the node is ready while storage is usable"() {
        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/health/ready'), Map)

        then:
        response.status == HttpStatus.OK
        response.body() == [status: 'ok']
    }

    def "the node is unavailable with the reason while storage has a problem"() {
        given:
        storage.failWith('the database does not answer')

        when:
        client.toBlocking().exchange(HttpRequest.GET('/health/ready'), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.SERVICE_UNAVAILABLE
        e.response.getBody(Map).get() == [status: 'unavailable', errors: [database: 'the database does not answer']]
    }

    def "the process stays alive while storage has a problem"() {
        given:
        storage.failWith('the schema is missing')

        when:
        def response = client.toBlocking().exchange(HttpRequest.GET('/health/alive'), Map)

        then:
        response.status == HttpStatus.OK
        response.body() == [status: 'ok']
    }
}
