package dev.portcullis.adapters.rest.admin.token

import dev.portcullis.adapters.rest.AdminApiSpecification
import dev.portcullis.adapters.rest.FakeCoreFactory
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.FakeTokenRepository
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.time.Duration
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

@MicronautTest
class AdminTokensControllerSpec extends AdminApiSpecification {

    @Inject
    FakeTokenRepository tokens

    @Inject
    FakeTokenDigest digest

    HttpResponse<?> send(MutableHttpRequest<?> request) {
        call(asAdmin(request))
    }

    Map introspect(String token) {
        def response = send(formPost('/admin/oauth2/introspect', form(token: token)))
        assert response.status.code == 200
        json(response)
    }

    /** Whether the token's record is still stored: flushing deletes records, which introspection cannot tell. */
    boolean stored(String token) {
        tokens.find(digest.digest(token)).isPresent()
    }

    /** A token of a client whose client credentials tokens live for {@code lifespan} (Go notation). */
    String tokenLiving(String lifespan) {
        accessToken(registerClient(client_credentials_grant_access_token_lifespan: lifespan).client_id)
    }

    def "the operator introspects any token without client credentials"() {
        given:
        def machine = registerClient().client_id
        def issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).epochSecond
        def token = accessToken(machine, SECRET, 'read write')

        when:
        def response = send(formPost('/admin/oauth2/introspect', form(token: token)))

        then:
        response.status.code == 200
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        json(response) == [active    : true,
                           scope     : 'read write',
                           client_id : machine,
                           sub       : machine,
                           exp       : issuedAt + 3600,
                           iat       : issuedAt,
                           nbf       : issuedAt,
                           aud       : [FakeCoreFactory.ISSUER],
                           iss       : FakeCoreFactory.ISSUER,
                           token_type: 'Bearer',
                           token_use : 'access_token']
    }

    def "the operator's introspection honours the scope parameter"() {
        given:
        def token = accessToken(registerClient().client_id, SECRET, 'read')

        expect:
        json(send(formPost('/admin/oauth2/introspect', form(token: token, scope: 'read')))).active == true
        json(send(formPost('/admin/oauth2/introspect', form(token: token, scope: 'write')))).active == false
    }

    def "an unknown token is inactive on the admin introspection too"() {
        expect:
        introspect('pc_at_' + 'z' * 43) == [active: false]
    }

    def "revoking every token of a client answers 204 and leaves other clients' tokens active"() {
        given:
        def doomed = registerClient().client_id
        def first = accessToken(doomed)
        def second = accessToken(doomed, SECRET, 'write')
        def bystander = accessToken(registerClient().client_id)

        when:
        def response = send(HttpRequest.DELETE("/admin/oauth2/tokens?client_id=${encode(doomed)}"))

        then:
        response.status.code == 204
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        introspect(first).active == false
        introspect(second).active == false
        introspect(bystander).active == true
    }

    def "revoking the tokens of a client that has none answers 204"() {
        expect:
        send(HttpRequest.DELETE("/admin/oauth2/tokens?client_id=${unique('nobody')}")).status.code == 204
    }

    def "flushing without a body deletes the records of tokens that expired before now, and only those"() {
        given:
        def shortLived = tokenLiving('1m')
        def longLived = tokenLiving('1h')
        clock.advance(Duration.ofMinutes(2))

        when:
        def response = send(HttpRequest.POST('/admin/oauth2/flush', ''))

        then:
        response.status.code == 204
        !stored(shortLived)
        stored(longLived)
        introspect(longLived).active == true
    }

    def "flushing with #member keeps tokens that expired after it and deletes those that expired before"() {
        given: 'one token expired 5 minutes ago and one expired a minute ago'
        def older = tokenLiving('1m')
        clock.advance(Duration.ofMinutes(4))
        def newer = tokenLiving('1m')
        clock.advance(Duration.ofMinutes(2))
        def between = clock.instant().minus(Duration.ofMinutes(3)).toString()

        when:
        def response = send(HttpRequest.POST('/admin/oauth2/flush', [(member): between]))

        then:
        response.status.code == 204
        !stored(older)
        stored(newer)

        where:
        member << ['not_after', 'notAfter']
    }

    def "flushing with not_after in an offset other than Z reads it as that instant"() {
        given:
        def expired = tokenLiving('1m')
        clock.advance(Duration.ofMinutes(2))
        def now = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.ofHours(2)))

        when:
        def response = send(HttpRequest.POST('/admin/oauth2/flush', [not_after: now]))

        then:
        response.status.code == 204
        !stored(expired)
    }

    def "flushing with a not_after in the future deletes no token that is still valid"() {
        given:
        def valid = tokenLiving('1h')

        when:
        def response = send(HttpRequest.POST('/admin/oauth2/flush', [not_after: '2999-01-01T00:00:00Z']))

        then:
        response.status.code == 204
        stored(valid)
        introspect(valid).active == true
    }

    def "#problem is answered with #status #error"() {
        when:
        def response = send(request)

        then:
        response.status.code == status
        json(response).error == error
        json(response).error_description instanceof String
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'

        where:
        problem                                   | status | error             | request
        'introspecting without token'             | 400    | 'invalid_request' | formPost('/admin/oauth2/introspect', '')
        'introspecting with a repeated token'     | 400    | 'invalid_request' | formPost('/admin/oauth2/introspect', 'token=a&token=b')
        'introspecting with a JSON body'          | 415    | 'invalid_request' | HttpRequest.POST('/admin/oauth2/introspect', [token: 'x'])
        'revoking tokens without client_id'       | 400    | 'invalid_request' | HttpRequest.DELETE('/admin/oauth2/tokens')
        'revoking tokens with an empty client_id' | 400    | 'invalid_request' | HttpRequest.DELETE('/admin/oauth2/tokens?client_id=')
        'revoking tokens of a malformed client_id' | 400   | 'invalid_request' | HttpRequest.DELETE('/admin/oauth2/tokens?client_id=has%20space')
        'flushing with a malformed not_after'     | 400    | 'invalid_request' | HttpRequest.POST('/admin/oauth2/flush', [not_after: 'yesterday'])
        'flushing with a date without time'       | 400    | 'invalid_request' | HttpRequest.POST('/admin/oauth2/flush', [not_after: '2030-01-01'])
        'flushing with a numeric not_after'       | 400    | 'invalid_request' | HttpRequest.POST('/admin/oauth2/flush', [not_after: 1893456000])
        'flushing with malformed JSON'            | 400    | 'invalid_request' | HttpRequest.POST('/admin/oauth2/flush', '{"not_after":').contentType(MediaType.APPLICATION_JSON_TYPE)
        'flushing with a text/plain body'         | 415    | 'invalid_request' | HttpRequest.POST('/admin/oauth2/flush', 'now').contentType(MediaType.TEXT_PLAIN_TYPE)
    }
}
