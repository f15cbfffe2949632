package dev.portcullis.adapters.rest.oauth.introspect

import dev.portcullis.adapters.rest.FakeCoreFactory
import dev.portcullis.adapters.rest.RestSpecification
import io.micronaut.http.HttpHeaders
import io.micronaut.http.MutableHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest

import java.time.Duration
import java.time.temporal.ChronoUnit

@MicronautTest
class IntrospectionControllerSpec extends RestSpecification {

    static final String API = 'https://api.example.com'

    /** An introspection request from a confidential client authenticated with HTTP Basic. */
    static MutableHttpRequest<?> introspect(Map<String, String> parameters, String callerId, String secret = SECRET) {
        formPost('/oauth2/introspect', form(parameters)).header(HttpHeaders.AUTHORIZATION, basic(callerId, secret))
    }

    def "an active token is described by the RFC 7662 members"() {
        given: 'a resource server that introspects, and a token with scopes and an audience'
        def resourceServer = registerClient().client_id
        def machine = registerClient(audience: [API, 'https://other.example.com']).client_id
        def issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).epochSecond
        def token = json(call(formPost('/oauth2/token', form(grant_type: 'client_credentials', scope: 'read write', audience: API))
                .header(HttpHeaders.AUTHORIZATION, basic(machine, SECRET)))).access_token

        when:
        def response = call(introspect([token: token], resourceServer))

        then:
        response.status.code == 200
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        response.header(HttpHeaders.PRAGMA) == 'no-cache'
        json(response) == [active    : true,
                           scope     : 'read write',
                           client_id : machine,
                           sub       : machine,
                           exp       : issuedAt + 3600,
                           iat       : issuedAt,
                           nbf       : issuedAt,
                           aud       : [API],
                           iss       : FakeCoreFactory.ISSUER,
                           token_type: 'Bearer',
                           token_use : 'access_token']
    }

    def "an access token granted no audience introspects with the issuer as its aud, as its JWT says"() {
        given:
        def resourceServer = registerClient().client_id
        def token = accessToken(registerClient(access_token_strategy: 'jwt').client_id, SECRET, 'read')

        when:
        def introspection = json(call(introspect([token: token], resourceServer)))

        then:
        introspection.aud == [FakeCoreFactory.ISSUER]
        payload(token).aud == introspection.aud
    }

    static Map payload(String jwt) {
        new groovy.json.JsonSlurper().parse(Base64.urlDecoder.decode(jwt.split('\\.')[1])) as Map
    }

    def "a token the caller asks for with scope #scope is active: #active"() {
        given:
        def resourceServer = registerClient().client_id
        def token = accessToken(registerClient().client_id, SECRET, 'read write')

        when:
        def response = call(introspect([token: token, scope: scope], resourceServer))

        then:
        response.status.code == 200
        json(response).active == active

        where:
        scope         | active
        'read'        | true
        'write read'  | true
        ''            | true
        'read admin'  | false
        'admin'       | false
    }

    def "#kind token is inactive and nothing more is said about it"() {
        given:
        def resourceServer = registerClient().client_id
        def owner = registerClient().client_id
        def token = tokenOf.call(this, owner) as String

        when:
        def response = call(introspect([token: token], resourceServer))

        then:
        response.status.code == 200
        json(response) == [active: false]

        where:
        kind                            | tokenOf
        'an unknown'                    | { spec, o -> 'pc_at_' + 'x' * 43 }
        'a malformed'                   | { spec, o -> 'not a token at all' }
        'a JWT-shaped unknown'          | { spec, o -> 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln' }
        'a revoked'                     | { spec, o -> spec.revoked(o) }
        'an expired'                    | { spec, o -> spec.expired(o) }
    }

    def "#problem is answered with #status #error"() {
        given:
        def caller = registerClient().client_id
        def token = accessToken(registerClient().client_id)
        def spa = registerPublicClient().client_id

        when:
        def response = call(request.call(caller, token, spa))

        then:
        response.status.code == status
        json(response).error == error
        json(response).error_description instanceof String
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        // A challenge names the error and describes it (RFC 6749 §5.2, in RFC 6750 §3's way).
        challenge == null ? response.header(HttpHeaders.WWW_AUTHENTICATE) == null
                : response.header(HttpHeaders.WWW_AUTHENTICATE).startsWith(challenge + ', error="' + error + '", error_description="')

        where:
        problem                              | status | error             | challenge                                    | request
        'a request without token'            | 400    | 'invalid_request' | null                                         | { c, t, p -> introspect([:], c) }
        'an empty token'                     | 400    | 'invalid_request' | null                                         | { c, t, p -> introspect([token: ''], c) }
        'a malformed scope'                  | 400    | 'invalid_request' | null                                         | { c, t, p -> introspect([token: t, scope: 'read "x"'], c) }
        'a repeated token'                   | 400    | 'invalid_request' | null                                         | { c, t, p -> formPost('/oauth2/introspect', "token=$t&token=$t").header(HttpHeaders.AUTHORIZATION, basic(c, SECRET)) }
        'a public client'                    | 401    | 'invalid_client'  | null                                         | { c, t, p -> formPost('/oauth2/introspect', form(token: t, client_id: p)) }
        'a wrong secret in HTTP Basic'       | 401    | 'invalid_client'  | 'Basic realm="portcullis", charset="UTF-8"'  | { c, t, p -> introspect([token: t], c, 'a wrong secret') }
        'an unknown caller in the body'      | 401    | 'invalid_client'  | null                                         | { c, t, p -> formPost('/oauth2/introspect', form(token: t, client_id: unique('nobody'), client_secret: SECRET)) }
        'no client credentials'              | 401    | 'invalid_client'  | null                                         | { c, t, p -> formPost('/oauth2/introspect', form(token: t)) }
        'HTTP Basic and client_secret both'  | 400    | 'invalid_request' | null                                         | { c, t, p -> introspect([token: t, client_secret: SECRET], c) }
    }

    String revoked(String owner) {
        def token = accessToken(owner)
        def response = call(formPost('/oauth2/revoke', form(token: token)).header(HttpHeaders.AUTHORIZATION, basic(owner, SECRET)))
        assert response.status.code == 200
        token
    }

    String expired(String owner) {
        def token = accessToken(owner)
        clock.advance(Duration.ofHours(1).plusSeconds(1))
        token
    }
}
