package dev.portcullis.adapters.rest.oauth.revoke

import dev.portcullis.adapters.rest.RestSpecification
import io.micronaut.http.HttpHeaders
import io.micronaut.http.MutableHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest

@MicronautTest
class RevocationControllerSpec extends RestSpecification {

    static MutableHttpRequest<?> revoke(Map<String, String> parameters, String clientId, String secret = SECRET) {
        formPost('/oauth2/revoke', form(parameters)).header(HttpHeaders.AUTHORIZATION, basic(clientId, secret))
    }

    boolean isActive(String token) {
        def response = call(formPost('/oauth2/introspect', form(token: token))
                .header(HttpHeaders.AUTHORIZATION, basic(registerClient().client_id, SECRET)))
        assert response.status.code == 200
        json(response).active
    }

    def "a client revokes its token with 200 and an empty body, and the token is inactive from then on"() {
        given:
        def owner = registerClient().client_id
        def token = accessToken(owner)
        assert isActive(token)

        when:
        def response = call(revoke([token: token], owner), String)

        then:
        response.status.code == 200
        !response.getBody(String).filter { !it.isEmpty() }.isPresent()
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        response.header(HttpHeaders.PRAGMA) == 'no-cache'
        !isActive(token)
    }

    def "revoking with a token_type_hint works as without"() {
        given:
        def owner = registerClient().client_id
        def token = accessToken(owner)

        when:
        def response = call(revoke([token: token, token_type_hint: 'refresh_token'], owner), String)

        then:
        response.status.code == 200
        !isActive(token)
    }

    def "revoking a token that was already revoked answers 200 again"() {
        given:
        def owner = registerClient().client_id
        def token = accessToken(owner)
        call(revoke([token: token], owner), String)

        when:
        def response = call(revoke([token: token], owner), String)

        then:
        response.status.code == 200
    }

    def "revoking #kind token answers 200 (RFC 7009 §2.2)"() {
        given:
        def owner = registerClient().client_id

        when:
        def response = call(revoke([token: token], owner), String)

        then:
        response.status.code == 200

        where:
        kind               | token
        'an unknown'       | 'pc_at_' + 'y' * 43
        'a malformed'      | 'not a token'
        'a JWT-shaped'     | 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln'
    }

    def "a client_secret_post client revokes its token with credentials in the body"() {
        given:
        def owner = registerClient(token_endpoint_auth_method: 'client_secret_post').client_id
        def token = json(call(tokenRequest(grant_type: 'client_credentials', client_id: owner, client_secret: SECRET))).access_token

        when:
        def response = call(formPost('/oauth2/revoke', form(token: token, client_id: owner, client_secret: SECRET)), String)

        then:
        response.status.code == 200
        !isActive(token)
    }

    def "a client may not revoke another client's token, which stays active"() {
        given:
        def token = accessToken(registerClient().client_id)
        def intruder = registerClient().client_id

        when:
        def response = call(revoke([token: token], intruder))

        then:
        response.status.code == 400
        json(response).error == 'unauthorized_client'
        isActive(token)
    }

    def "#problem is answered with #status #error and the token stays active"() {
        given:
        def owner = registerClient().client_id
        def token = accessToken(owner)

        when:
        def response = call(request.call(owner, token))

        then:
        response.status.code == status
        json(response).error == error
        json(response).error_description instanceof String
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        // A challenge names the error and describes it (RFC 6749 §5.2, in RFC 6750 §3's way).
        challenge == null ? response.header(HttpHeaders.WWW_AUTHENTICATE) == null
                : response.header(HttpHeaders.WWW_AUTHENTICATE).startsWith(challenge + ', error="' + error + '", error_description="')
        isActive(token)

        where:
        problem                           | status | error             | challenge                                   | request
        'a wrong secret in HTTP Basic'    | 401    | 'invalid_client'  | 'Basic realm="portcullis", charset="UTF-8"' | { o, t -> revoke([token: t], o, 'a wrong secret') }
        'a wrong secret in the body'      | 401    | 'invalid_client'  | null                                        | { o, t -> formPost('/oauth2/revoke', form(token: t, client_id: o, client_secret: 'a wrong secret')) }
        'no client credentials'           | 401    | 'invalid_client'  | null                                        | { o, t -> formPost('/oauth2/revoke', form(token: t)) }
        'HTTP Basic and client_secret'    | 400    | 'invalid_request' | null                                        | { o, t -> revoke([token: t, client_secret: SECRET], o) }
        'a request without token'         | 400    | 'invalid_request' | null                                        | { o, t -> revoke([:], o) }
        'a repeated token'                | 400    | 'invalid_request' | null                                        | { o, t -> formPost('/oauth2/revoke', "token=$t&token=x").header(HttpHeaders.AUTHORIZATION, basic(o, SECRET)) }
    }
}
