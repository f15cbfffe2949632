package dev.portcullis.adapters.rest.oauth

import dev.portcullis.adapters.rest.RestSpecification
import dev.portcullis.adapters.rest.http.EndpointThreads
import io.micronaut.context.annotation.Property
import io.micronaut.http.HttpHeaders
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

/**
 * The other specs of this package run the endpoints' work on the worker pool; these run it on the event loop,
 * as the embedded default does, and expect the same answers, failures included.
 */
@MicronautTest
@Property(name = 'portcullis.test.endpoint-threads', value = 'event-loop')
class EventLoopEndpointsSpec extends RestSpecification {

    @Inject
    EndpointThreads threads

    def "the token, introspection and revocation endpoints answer from the event loop"() {
        given:
        assert threads.mode() == EndpointThreads.Mode.EVENT_LOOP
        def machine = registerClient()
        def token = accessToken(machine.client_id)

        when:
        def introspected = call(formPost('/oauth2/introspect', form(token: token))
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, SECRET)))
        def revoked = call(formPost('/oauth2/revoke', form(token: token))
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, SECRET)))
        def afterwards = call(formPost('/oauth2/introspect', form(token: token))
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, SECRET)))

        then:
        introspected.status.code == 200
        json(introspected).active == true
        revoked.status.code == 200
        json(afterwards) == [active: false]
    }

    def "a failed use case still gives its OAuth error, status and challenge"() {
        given:
        def machine = registerClient()

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials')
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, 'wrong secret')))

        then:
        response.status.code == 401
        json(response).error == 'invalid_client'
        response.header(HttpHeaders.WWW_AUTHENTICATE).startsWith('Basic')
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
    }
}
