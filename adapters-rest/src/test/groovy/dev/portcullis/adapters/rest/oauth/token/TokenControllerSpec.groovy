package dev.portcullis.adapters.rest.oauth.token

import dev.portcullis.adapters.rest.RestSpecification
import dev.portcullis.application.fakes.FakeKeyRepository
import dev.portcullis.application.fakes.FakeTokenCodec
import dev.portcullis.domain.key.KeySetName
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest
class TokenControllerSpec extends RestSpecification {

    /** How every Basic challenge starts: the error named and described, so that clients reading only it learn why. */
    static final String BASIC_CHALLENGE = 'Basic realm="portcullis", charset="UTF-8", error="invalid_client", error_description="'

    @Inject
    FakeKeyRepository keys

    def "the client credentials grant issues a bearer token with its lifetime and scope, never to be cached"() {
        given:
        def machine = registerClient()

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials', scope: 'read write')
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, SECRET)))

        then:
        response.status.code == 200
        response.contentType.get() == MediaType.APPLICATION_JSON_TYPE
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        response.header(HttpHeaders.PRAGMA) == 'no-cache'
        def body = json(response)
        body.keySet() == ['access_token', 'token_type', 'expires_in', 'scope'] as Set
        body.access_token.startsWith('pc_at_')
        body.token_type == 'bearer'
        body.expires_in == 3600
        body.scope == 'read write'
    }

    def "a token requested without scope carries none and the response names none"() {
        given:
        def machine = registerClient()

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials')
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, SECRET)))

        then:
        response.status.code == 200
        json(response).keySet() == ['access_token', 'token_type', 'expires_in'] as Set
    }

    def "a client with the jwt strategy gets a token signed with the access-token set's newest key"() {
        given:
        def machine = registerClient(access_token_strategy: 'jwt')

        when:
        def token = accessToken(machine.client_id)

        then:
        token.split('\\.').length == 3
        def header = FakeTokenCodec.header(token)
        header.typ == 'at+jwt'
        header.kid == keys.findSet(KeySetName.ACCESS_TOKEN).first().kid().value()
    }

    def "a client's own lifespan for the grant sets expires_in"() {
        given:
        def machine = registerClient(client_credentials_grant_access_token_lifespan: '5m')

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials')
                .header(HttpHeaders.AUTHORIZATION, basic(machine.client_id, SECRET)))

        then:
        json(response).expires_in == 300
    }

    def "HTTP Basic takes an id and a secret that were form-urlencoded before base64 (RFC 6749 §2.3.1)"() {
        given: 'an id and a secret with characters that mean something in a form or in Basic'
        def id = "a:b+c&d=e;f~${UUID.randomUUID()}".toString()
        def secret = 'p%ss+w:rd & 50% off=yes'
        registerClient(client_id: id, client_secret: secret)

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials', scope: 'read')
                .header(HttpHeaders.AUTHORIZATION, basic(id, secret)))

        then:
        response.status.code == 200
        json(response).access_token.startsWith('pc_at_')
    }

    def "HTTP Basic credentials that were not form-urlencoded fail with a Basic challenge"() {
        given: "a secret whose '+' a form decoder reads as a space and whose '%' starts no escape"
        def machine = registerClient(client_secret: 'p%ss+w:rd & 50% off=yes')

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials')
                .header(HttpHeaders.AUTHORIZATION, basicOf("${machine.client_id}:p%ss+w:rd & 50% off=yes")))

        then:
        response.status.code == 401
        json(response).error == 'invalid_client'
        response.header(HttpHeaders.WWW_AUTHENTICATE).startsWith(BASIC_CHALLENGE)
    }

    def "a client_secret_post client authenticates with client_id and client_secret in the body"() {
        given:
        def machine = registerClient(token_endpoint_auth_method: 'client_secret_post')

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials', scope: 'write',
                client_id: machine.client_id, client_secret: SECRET))

        then:
        response.status.code == 200
        json(response).scope == 'write'
        response.header(HttpHeaders.WWW_AUTHENTICATE) == null
    }

    def "a public client identifies itself with client_id alone but may not use the client credentials grant"() {
        given:
        def spa = registerPublicClient()

        when:
        def response = call(tokenRequest(grant_type: 'client_credentials', client_id: spa.client_id))

        then:
        response.status.code == 400
        json(response).error == 'unauthorized_client'
    }

    def "#problem is answered with #status #error"() {
        given: 'clients of every kind, under fresh ids'
        def registered = [basic   : registerClient().client_id,
                          post    : registerClient(token_endpoint_auth_method: 'client_secret_post').client_id,
                          disabled: registerClient(enabled: false).client_id,
                          web     : registerClient(grant_types: ['authorization_code'], response_types: ['code'],
                                  redirect_uris: ['https://app.example.com/callback']).client_id]

        when:
        def response = call(request.call(registered))

        then:
        response.status.code == status
        def body = json(response)
        body.keySet() == ['error', 'error_description'] as Set
        body.error == error
        body.error_description instanceof String
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        response.header(HttpHeaders.PRAGMA) == 'no-cache'
        challenged ? response.header(HttpHeaders.WWW_AUTHENTICATE).startsWith(BASIC_CHALLENGE)
                : response.header(HttpHeaders.WWW_AUTHENTICATE) == null

        where:
        problem                                          | status | error                    | challenged | request
        'a request without grant_type'                   | 400    | 'invalid_request'        | false      | { ids -> withBasic(tokenRequest(scope: 'read'), ids.basic) }
        'an empty grant_type'                            | 400    | 'invalid_request'        | false      | { ids -> basicRequest(ids.basic, grant_type: '') }
        'a grant type no handler serves'                 | 400    | 'unsupported_grant_type' | false      | { ids -> basicRequest(ids.basic, grant_type: 'urn:example:grant:magic') }
        'a grant_type that is no grant type name'        | 400    | 'unsupported_grant_type' | false      | { ids -> basicRequest(ids.basic, grant_type: 'not a grant') }
        'a grant the client is not registered for'       | 400    | 'unauthorized_client'    | false      | { ids -> basicRequest(ids.web) }
        'a repeated parameter'                           | 400    | 'invalid_request'        | false      | { ids -> withBasic(formPost('/oauth2/token', 'grant_type=client_credentials&scope=read&scope=write'), ids.basic) }
        'a repeated grant_type'                          | 400    | 'invalid_request'        | false      | { ids -> withBasic(formPost('/oauth2/token', 'grant_type=client_credentials&grant_type=client_credentials'), ids.basic) }
        'a malformed escape in the body'                 | 400    | 'invalid_request'        | false      | { ids -> withBasic(formPost('/oauth2/token', 'grant_type=client%ZZcredentials'), ids.basic) }
        'HTTP Basic and client_secret together'          | 400    | 'invalid_request'        | false      | { ids -> basicRequest(ids.basic, client_secret: SECRET) }
        'a client_id in the body unlike Basic\'s'         | 400    | 'invalid_request'        | false      | { ids -> basicRequest(ids.basic, client_id: ids.post) }
        'a scope the client is not registered for'       | 400    | 'invalid_scope'          | false      | { ids -> basicRequest(ids.basic, scope: 'read admin') }
        'a malformed scope'                              | 400    | 'invalid_scope'          | false      | { ids -> basicRequest(ids.basic, scope: 'read "quoted"') }
        'an audience the client is not registered for'   | 400    | 'invalid_request'        | false      | { ids -> basicRequest(ids.basic, audience: 'https://api.example.com') }
        'a wrong secret in HTTP Basic'                   | 401    | 'invalid_client'         | true       | { ids -> withBasic(tokenRequest(grant_type: 'client_credentials'), ids.basic, 'a wrong secret') }
        'a wrong secret in the body'                     | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_id: ids.post, client_secret: 'a wrong secret') }
        'an unknown client in HTTP Basic'                | 401    | 'invalid_client'         | true       | { ids -> withBasic(tokenRequest(grant_type: 'client_credentials'), unique('nobody')) }
        'an unknown client in the body'                  | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_id: unique('nobody'), client_secret: SECRET) }
        'no client credentials at all'                   | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials') }
        'HTTP Basic that is not base64'                  | 401    | 'invalid_client'         | true       | { ids -> tokenRequest(grant_type: 'client_credentials').header(HttpHeaders.AUTHORIZATION, 'Basic !!not-base64!!') }
        'HTTP Basic without a colon'                     | 401    | 'invalid_client'         | true       | { ids -> tokenRequest(grant_type: 'client_credentials').header(HttpHeaders.AUTHORIZATION, basicOf(ids.basic)) }
        'HTTP Basic with an empty id'                    | 401    | 'invalid_client'         | true       | { ids -> tokenRequest(grant_type: 'client_credentials').header(HttpHeaders.AUTHORIZATION, basicOf(':' + SECRET)) }
        'HTTP Basic with a malformed escape'             | 401    | 'invalid_client'         | true       | { ids -> tokenRequest(grant_type: 'client_credentials').header(HttpHeaders.AUTHORIZATION, basicOf(ids.basic + ':%zz')) }
        'a disabled client'                              | 401    | 'invalid_client'         | true       | { ids -> basicRequest(ids.disabled) }
        'a client_secret_basic client using the body'    | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_id: ids.basic, client_secret: SECRET) }
        'a client_secret_post client using HTTP Basic'   | 401    | 'invalid_client'         | true       | { ids -> basicRequest(ids.post) }
        'a confidential client sending no secret'        | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_id: ids.basic) }
        'client_assertion with HTTP Basic'               | 400    | 'invalid_request'        | false      | { ids -> basicRequest(ids.basic, client_assertion_type: JWT_BEARER, client_assertion: jwtWithSub(ids.basic)) }
        'client_assertion with client_secret'            | 400    | 'invalid_request'        | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_secret: SECRET, client_assertion_type: JWT_BEARER, client_assertion: jwtWithSub(ids.post)) }
        'a client_id unlike the assertion\'s sub'         | 400    | 'invalid_request'        | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_id: ids.post, client_assertion_type: JWT_BEARER, client_assertion: jwtWithSub(ids.basic)) }
        'a client_assertion_type other than jwt-bearer'  | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_assertion_type: 'urn:example:saml', client_assertion: jwtWithSub(ids.basic)) }
        'client_assertion without its type'              | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_assertion: jwtWithSub(ids.basic)) }
        'a client_assertion that names no client'        | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: 'not-a-jwt') }
        'a secret client using client_assertion'         | 401    | 'invalid_client'         | false      | { ids -> tokenRequest(grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: jwtWithSub(ids.basic)) }
        'a JSON body'                                    | 400    | 'invalid_request'        | false      | { ids -> withBasic(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials']), ids.basic) }
        'a text/plain body'                              | 400    | 'invalid_request'        | false      | { ids -> withBasic(HttpRequest.POST('/oauth2/token', 'grant_type=client_credentials').contentType(MediaType.TEXT_PLAIN_TYPE), ids.basic) }
        'a GET'                                          | 405    | 'invalid_request'        | false      | { ids -> HttpRequest.GET('/oauth2/token?grant_type=client_credentials') }
    }

    static final String JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

    /** A JWT-shaped client assertion whose sub is {@code clientId}, signed by nobody. */
    static String jwtWithSub(String clientId) {
        def encoder = Base64.urlEncoder.withoutPadding()
        encoder.encodeToString('{"alg":"RS256"}'.bytes) + '.' + encoder.encodeToString("{\"sub\":\"$clientId\"}".toString().bytes) + '.c2ln'
    }

    /** A client credentials request authenticated with HTTP Basic and the chosen secret. */
    static MutableHttpRequest<?> basicRequest(Map<String, String> parameters = [:], String clientId) {
        withBasic(tokenRequest([grant_type: 'client_credentials'] + parameters), clientId)
    }

    static MutableHttpRequest<?> withBasic(MutableHttpRequest<?> request, String clientId, String secret = SECRET) {
        request.header(HttpHeaders.AUTHORIZATION, basic(clientId, secret))
    }
}
