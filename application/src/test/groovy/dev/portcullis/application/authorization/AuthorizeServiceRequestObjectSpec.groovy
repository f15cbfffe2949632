package dev.portcullis.application.authorization

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.domain.authorization.AuthorizationRequest
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.client.RequestObjectSigningAlg
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.grant.ResponseMode

/**
 * Request objects at the authorization endpoint (RFC 9101, OIDC Core §6), over the fakes: a token of
 * {@link FakeForeignJwts} is "signed" by the kid in its last part. The object's members supersede the query's
 * parameters; a refused object is {@code invalid_request_object}, sent back with the state and in the response mode
 * it asked for, but only to a redirect URI the client registered.
 */
class AuthorizeServiceRequestObjectSpec extends AuthorizationFlowSpecification {

    static final String ISSUER = 'https://auth.example.com'
    static final String SIGNER = 'signer'
    static final String OTHER_CALLBACK = 'https://app.example.com/other-cb'
    static final URI JWKS_URI = URI.create('https://app.example.com/jwks.json')
    static final String REQUEST_URI = 'https://app.example.com/requests/1'

    def setup() {
        register(webApp().redirectUris([RedirectUri.parse(CALLBACK, 'redirect_uris'),
                                        RedirectUri.parse(OTHER_CALLBACK, 'redirect_uris')])
                .jwks(Optional.of(new JsonDocument([keys: [FakeForeignJwts.key('k1')]]))), SIGNER)
    }

    /** The signer's request in the query: the parameters OAuth 2.0 requires, and whatever {@code changes} add. */
    static Map<String, String> query(Map<String, String> changes = [:]) {
        authorizationRequest([client_id: SIGNER, state: 'query-state'] + changes)
    }

    /** An object's claims: the signer's request, aud and exp, with {@code changes} (null drops a member). */
    Map<String, Object> claims(Map<String, Object> changes = [:]) {
        def claims = [iss          : SIGNER, aud: ISSUER, client_id: SIGNER, response_type: 'code', redirect_uri: CALLBACK,
                      scope        : 'openid offline_access', state: 'object-state', nonce: 'object-nonce',
                      code_challenge: authorizationRequest().code_challenge, code_challenge_method: 'S256',
                      exp          : clock.instant().epochSecond + 300] as Map<String, Object>
        changes.each { name, value -> value == null ? claims.remove(name) : claims.put(name, value) }
        claims
    }

    /** How many flows are stored; empties the store, as the port has no other way to count. */
    int storedFlows() {
        flows.removeExpired(java.time.Instant.MAX)
    }

    /** The request the flow stored, from the login challenge the browser was sent on with. */
    AuthorizationRequest started(BrowserResponse answer) {
        assert answer instanceof BrowserResponse.Redirect: answer
        def challenge = parameters((answer as BrowserResponse.Redirect).location()).login_challenge
        flows.findBy(FlowRepository.Key.LOGIN_CHALLENGE, secrets.hashPresented(challenge).orElseThrow()).orElseThrow().request()
    }

    static void assertRefused(BrowserResponse answer, ErrorCode code, String state, ResponseMode mode,
                              String redirectUri = CALLBACK) {
        assert answer instanceof BrowserResponse.ToClient: answer
        def toClient = answer as BrowserResponse.ToClient
        assert toClient.redirectUri() == redirectUri
        assert toClient.mode() == mode
        assert toClient.parameters().error == code.value()
        assert toClient.parameters().error_description
        assert toClient.parameters().state == state
        assert toClient.parameters().iss == ISSUER
    }

    def "a signed request object is accepted and its members supersede the query's parameters"() {
        given:
        def jwt = FakeForeignJwts.token(claims(scope: 'openid', max_age: 60, response_mode: 'form_post',
                redirect_uri: OTHER_CALLBACK), 'k1')

        when:
        def request = started(send(query(request: jwt, scope: 'openid offline_access', nonce: 'query-nonce')))

        then:
        request.clientId().value() == SIGNER
        request.state() == Optional.of('object-state')
        request.nonce() == Optional.of('object-nonce')
        request.scope().value() == 'openid'
        request.maxAge() == Optional.of(60L)
        request.responseMode() == ResponseMode.FORM_POST
        request.redirectUri() == OTHER_CALLBACK
    }

    def "an unsigned request object is accepted from a client that registered no signing algorithm"() {
        when:
        def request = started(send(query(request: FakeForeignJwts.unsecured(claims()))))

        then:
        request.state() == Optional.of('object-state')
    }

    def "the request object's redirect_uri is used even when the query's is not one the client registered"() {
        when:
        def request = started(send(query(redirect_uri: 'https://evil.example.com/cb',
                request: FakeForeignJwts.unsecured(claims()))))

        then:
        request.redirectUri() == CALLBACK
    }

    def "a request object is refused with invalid_request_object, the object's state and in form_post, when #problem"() {
        given:
        if (registeredAlg) {
            register(webApp().jwks(Optional.of(new JsonDocument([keys: [FakeForeignJwts.key('k1')]])))
                    .requestObjectSigningAlg(Optional.of(RequestObjectSigningAlg.parse(registeredAlg, 'x'))), 'strict')
        }
        def clientId = registeredAlg ? 'strict' : SIGNER
        def jwt = token(claims([client_id: clientId, iss: clientId, response_mode: 'form_post'] + changes))

        when:
        def answer = send(query(client_id: clientId, request: jwt))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_OBJECT, 'object-state', ResponseMode.FORM_POST)
        storedFlows() == 0

        where:
        problem                                       | changes                                    | registeredAlg | token
        'its signature does not verify'               | [:]                                        | null          | { FakeForeignJwts.token(it, 'someone-else', 'k1') }
        'no key of the client has its kid'            | [:]                                        | null          | { FakeForeignJwts.token(it, 'k2') }
        'it is signed with HS256'                     | [:]                                        | null          | { FakeForeignJwts.token(it, 'k1', 'k1', 'HS256') }
        'it uses another alg than the registered one' | [:]                                        | 'RS256'       | { FakeForeignJwts.token(it, 'k1') }
        'it is unsigned, but the client signs'        | [:]                                        | 'ES256'       | { FakeForeignJwts.unsecured(it) }
        'it has expired'                              | [exp: START.epochSecond - 1]               | null          | { FakeForeignJwts.token(it, 'k1') }
        'it is not valid yet'                         | [nbf: START.epochSecond + 60]              | null          | { FakeForeignJwts.token(it, 'k1') }
        'its aud is another server'                   | [aud: 'https://other.example.com']         | null          | { FakeForeignJwts.token(it, 'k1') }
        'its aud list lacks this server'              | [aud: ['https://other.example.com']]       | null          | { FakeForeignJwts.token(it, 'k1') }
        'its iss is not the client'                   | [iss: 'someone-else']                      | null          | { FakeForeignJwts.token(it, 'k1') }
        'its client_id is not the query\'s'           | [client_id: 'web-app']                     | null          | { FakeForeignJwts.token(it, 'k1') }
        'its response_type is not the query\'s'       | [response_type: 'code id_token']           | null          | { FakeForeignJwts.token(it, 'k1') }
        'it holds a nested request'                   | [request: 'eyJhbGciOiJub25lIn0.e30.']      | null          | { FakeForeignJwts.token(it, 'k1') }
        'it holds a nested request_uri'               | [request_uri: REQUEST_URI]                 | null          | { FakeForeignJwts.unsecured(it) }
        'its exp is no NumericDate'                   | [exp: 'tomorrow']                          | null          | { FakeForeignJwts.token(it, 'k1') }
    }

    def "a client without keys may send unsigned request objects only"() {
        when:
        def answer = send(authorizationRequest(request: FakeForeignJwts.token(claims(client_id: CLIENT_ID, iss: CLIENT_ID), 'k1')))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_OBJECT, 'object-state', ResponseMode.QUERY)
        (answer as BrowserResponse.ToClient).parameters().error_description.contains('jwks')
    }

    def "a request object that is no JWT is refused with invalid_request_object and the query's state"() {
        when:
        def answer = send(query(request: 'not-a-jwt', response_mode: 'fragment'))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_OBJECT, 'query-state', ResponseMode.FRAGMENT)
    }

    def "an encrypted request object is refused with invalid_request_object"() {
        when:
        def answer = send(query(request: 'a.b.c.d.e'))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_OBJECT, 'query-state', ResponseMode.QUERY)
        (answer as BrowserResponse.ToClient).parameters().error_description.contains('encrypted')
    }

    def "a refused object's error goes to the query's redirect URI, in the query's mode and state, when the object names an unregistered one"() {
        given:
        def jwt = FakeForeignJwts.token(claims(redirect_uri: 'https://evil.example.com/cb', response_mode: 'form_post'),
                'someone-else', 'k1')

        when:
        def answer = send(query(request: jwt))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_OBJECT, 'query-state', ResponseMode.QUERY)
    }

    def "a refused object's error is shown, never redirected, when neither the object nor the query names a registered redirect URI"() {
        given:
        def jwt = FakeForeignJwts.token(claims(redirect_uri: 'https://evil.example.com/cb'), 'someone-else', 'k1')

        when:
        def answer = send(query(request: jwt, redirect_uri: 'https://evil.example.com/other'))

        then:
        !(answer instanceof BrowserResponse.ToClient)
        storedFlows() == 0
    }

    def "request and request_uri together are invalid_request"() {
        when:
        def answer = send(query(request: FakeForeignJwts.unsecured(claims()), request_uri: REQUEST_URI))

        then:
        assertRefused(answer, ErrorCode.INVALID_REQUEST, 'query-state', ResponseMode.QUERY)
    }

    def "the registration parameter is still registration_not_supported"() {
        when:
        def answer = send(query(registration: '{"client_name":"x"}'))

        then:
        assertRefused(answer, RequestReader.REGISTRATION_NOT_SUPPORTED, 'query-state', ResponseMode.QUERY)
    }

    def "a request object by reference is fetched from request_uri, its fragment left out, and supersedes the query"() {
        given:
        remoteDocuments.documents[URI.create(REQUEST_URI)] = FakeForeignJwts.token(claims(state: 'by-reference'), 'k1')

        when:
        def request = started(send(query(request_uri: REQUEST_URI + '#hash-of-the-object')))

        then:
        request.state() == Optional.of('by-reference')
        remoteDocuments.fetches[URI.create(REQUEST_URI)] == 1
    }

    def "a request_uri that #problem is invalid_request_uri with the query's state"() {
        when:
        def answer = send(query(request_uri: uri))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_URI, 'query-state', ResponseMode.QUERY)
        remoteDocuments.fetches.values().sum(0) == fetches

        where:
        problem                                      | uri                                                  | fetches
        'cannot be fetched'                          | 'https://app.example.com/requests/missing'           | 1
        'is a pushed authorization request\'s URN'   | 'urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014' | 0
        'is not http or https'                       | 'file:///etc/passwd'                                 | 0
        'is not a URI'                               | 'https://app.example.com/a b'                        | 0
        'is too long'                                | 'https://app.example.com/' + 'a' * 2100              | 0
    }

    def "an object by reference that is refused goes back with the object's state"() {
        given:
        remoteDocuments.documents[URI.create(REQUEST_URI)] = FakeForeignJwts.token(claims(exp: START.epochSecond - 5), 'k1')

        when:
        def answer = send(query(request_uri: REQUEST_URI))

        then:
        assertRefused(answer, RequestObjects.INVALID_REQUEST_OBJECT, 'object-state', ResponseMode.QUERY)
    }

    def "the keys at the client's jwks_uri verify its objects, and are fetched once while they last"() {
        given:
        register(webApp().jwksUri(Optional.of(JWKS_URI)), 'remote-keys')
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('k9')]]
        def request = { String state ->
            query(client_id: 'remote-keys', request: FakeForeignJwts.token(
                    claims(client_id: 'remote-keys', iss: 'remote-keys', state: state), 'k9'))
        }

        when:
        def first = started(send(request('first')))
        def second = started(send(request('second')))

        then:
        first.state() == Optional.of('first')
        second.state() == Optional.of('second')
        remoteDocuments.fetches[JWKS_URI] == 1
    }

    def "a key the cached JWK Set lacks makes it fetched again, once the set is older than half a minute"() {
        given:
        register(webApp().jwksUri(Optional.of(JWKS_URI)), 'remote-keys')
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('old')]]
        def request = { String kid ->
            query(client_id: 'remote-keys', request: FakeForeignJwts.token(
                    claims(client_id: 'remote-keys', iss: 'remote-keys'), kid))
        }
        started(send(request('old')))
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('new')]]

        when:
        def tooSoon = send(request('new'))
        clock.advance(java.time.Duration.ofSeconds(31))
        def later = send(request('new'))

        then:
        assertRefused(tooSoon, RequestObjects.INVALID_REQUEST_OBJECT, 'object-state', ResponseMode.QUERY)
        started(later).state() == Optional.of('object-state')
        remoteDocuments.fetches[JWKS_URI] == 2
    }
}
