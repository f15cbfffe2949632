package dev.portcullis.bootstrap

import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The Auth0-style API (seed 001) through the whole server over HTTP, on one storage, with the parameters the seed
 * documents: /authorize, /oauth/token, /userinfo and /v2/logout, the login and consent app played through the
 * Hydra v2 admin API. Subclasses pick the storage.
 */
abstract class Auth0SurfaceFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String CALLBACK = 'http://localhost:3000/pkce/response/code'
    static final String AFTER_LOGOUT = 'http://localhost:3000/logged-out'
    static final String API = 'https://pieces.example.com/api/v2/'

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @AutoCleanup
    Browser browser

    def setupSpec() {
        portcullis = new RunningServer(storageProperties())
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    String subject = "auth0-user-${UUID.randomUUID()}".toString()
    String verifier = AuthorizationCodeFlowSpec.randomVerifier()

    def "the PKCE flow: /authorize with audience and connection, /oauth/token, /userinfo"() {
        given:
        def client = register()

        when: "the browser arrives at /authorize with the seed example's parameters"
        def start = authorize(client, [connection: 'github'])
        def challenge = Browser.parameters(Browser.location(start)).login_challenge

        then: 'the login app gets the request, with the connection in its context'
        start.status == HttpStatus.FOUND
        challenge
        def loginRequest = adminGet("/admin/oauth2/auth/requests/login?login_challenge=$challenge")
        loginRequest.context == [connection: 'github']
        loginRequest.requested_access_token_audience == [API]
        loginRequest.requested_scope == ['email', 'profile', 'offline_access', 'openid']
        loginRequest.request_url.startsWith(issuer() + '/authorize?')

        when: 'login and consent, the consent granting the requested audience'
        def code = Browser.parameters(consent(login(challenge), [grant_scope: ['email', 'profile', 'offline_access', 'openid'],
                                                                 grant_access_token_audience: [API],
                                                                 session: [id_token: [email: 'ada@example.com']]]))
        def exchanged = portcullis.send(HttpRequest.POST('/oauth/token', [grant_type: 'authorization_code',
                client_id: client.client_id, code: code.code, redirect_uri: CALLBACK, code_verifier: verifier,
                audience: API]).contentType(FORM))
        def tokens = portcullis.body(exchanged) as Map

        then: "Auth0's OAuthToken"
        code.state == 'auth0-state'
        exchanged.status == HttpStatus.OK
        exchanged.header('Cache-Control') == 'no-store'
        tokens.keySet() == ['access_token', 'token_type', 'expires_in', 'scope', 'refresh_token', 'id_token'] as Set
        tokens.token_type.equalsIgnoreCase('bearer')
        tokens.expires_in > 0
        tokens.scope == 'email profile offline_access openid'
        SignedJWT.parse(tokens.id_token as String).JWTClaimsSet.subject == subject

        and: "the audience is the access token's aud, and introspection's"
        SignedJWT.parse(tokens.access_token as String).JWTClaimsSet.audience == [API]
        adminIntrospect(tokens.access_token as String).aud == [API]

        when:
        def user = portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(tokens.access_token as String))

        then: 'the user: sub plus the granted claims'
        user.status == HttpStatus.OK
        portcullis.body(user) == [sub: subject, email: 'ada@example.com']

        when: 'the refresh token at /oauth/token'
        def refreshed = portcullis.send(HttpRequest.POST('/oauth/token', [grant_type: 'refresh_token', client_id: client.client_id,
                                                                         refresh_token: tokens.refresh_token]).contentType(FORM))

        then:
        refreshed.status == HttpStatus.OK
        portcullis.body(refreshed).access_token != tokens.access_token
        SignedJWT.parse(portcullis.body(refreshed).access_token as String).JWTClaimsSet.audience == [API]
    }

    def "/authorize answers in the response mode asked for: #mode"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client, [response_mode: mode]))).login_challenge
        def response = consentResponse(login(challenge), [grant_scope: ['openid'], grant_access_token_audience: [API]])

        expect:
        check(response)

        where:
        mode        | check
        'query'     | { HttpResponse<String> r -> Browser.parameters(Browser.location(r)).code && Browser.location(r).startsWith(CALLBACK + '?') }
        'fragment'  | { HttpResponse<String> r -> Browser.parameters(Browser.location(r), true).code && Browser.location(r).startsWith(CALLBACK + '#') }
        'form_post' | { HttpResponse<String> r -> r.status == HttpStatus.OK && r.body().contains('name="code"') && r.body().contains(CALLBACK) }
    }

    def "Auth0's rules at /authorize: #why"() {
        given:
        def client = register()

        when:
        def response = authorize(client, extra)
        def parameters = Browser.parameters(Browser.location(response))

        then: 'the error goes back to the client, with the state'
        Browser.location(response).startsWith(CALLBACK + '?')
        parameters.error == error
        parameters.state == 'auth0-state'

        where:
        why                                              | extra                                                                || error
        'S256 only, as the seed says'                    | [code_challenge_method: 'plain', code_challenge: 'x' * 43]           || 'invalid_request'
        'an audience the client is not registered for'   | [audience: 'https://other.example.com/api']                          || 'access_denied'
        'response_type code only'                        | [response_type: 'token']                                             || 'unsupported_response_type'
        'a scope the client is not registered for'       | [scope: 'openid admin']                                              || 'invalid_scope'
    }

    def "/authorize without a registered redirect_uri or a known client shows an error page, and sends nobody anywhere"() {
        given:
        def client = register()

        expect:
        def wrongRedirect = authorize(client, [redirect_uri: 'http://localhost:3000/elsewhere'])
        wrongRedirect.status == HttpStatus.BAD_REQUEST
        !Browser.location(wrongRedirect)
        def unknown = authorize([client_id: 'no-such-client'])
        unknown.status == HttpStatus.UNAUTHORIZED
        unknown.body().contains('invalid_client')
        !Browser.location(unknown)
    }

    def "prompt=none: login_required without a session, a code with one"() {
        given:
        def client = register()

        when:
        def silent = Browser.parameters(Browser.location(authorize(client, [prompt: 'none'])))

        then:
        silent.error == 'login_required'
        silent.state == 'auth0-state'

        when: 'after a remembered login and consent'
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge
        consent(login(challenge, [remember: true]), [grant_scope: ['email', 'profile', 'offline_access', 'openid'],
                                                    grant_access_token_audience: [API], remember: true])
        def again = Browser.parameters(Browser.location(authorize(client, [prompt: 'none'])))

        then: 'the login app is asked to accept the skipped login'
        again.login_challenge
        adminGet("/admin/oauth2/auth/requests/login?login_challenge=${again.login_challenge}").skip == true
    }

    def "/v2/logout ends the login session at once and returns to a registered returnTo"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge
        consent(login(challenge, [remember: true]), [grant_scope: ['openid'], grant_access_token_audience: [API], remember: true])
        assert browser.cookies.containsKey('portcullis_session')

        when:
        def logout = browser.get("/v2/logout?client_id=${client.client_id}&returnTo=${AuthorizationCodeFlowSpec.enc(AFTER_LOGOUT)}")

        then: 'no confirmation page: straight back to the client'
        logout.status == HttpStatus.FOUND
        Browser.location(logout) == AFTER_LOGOUT
        !browser.cookies.containsKey('portcullis_session')

        when: 'a later silent authentication'
        def silent = Browser.parameters(Browser.location(authorize(client, [prompt: 'none'])))

        then:
        silent.error == 'login_required'
    }

    def "/v2/logout sends the browser to the logged-out page when returnTo is not the client's: #why"() {
        given:
        def client = register()

        when:
        def logout = browser.get('/v2/logout?' + query(client))

        then:
        logout.status == HttpStatus.FOUND
        Browser.location(logout) == issuer() + '/ui/logged-out'

        where:
        why                          | query
        'an unregistered returnTo'   | { Map c -> "client_id=${c.client_id}&returnTo=${AuthorizationCodeFlowSpec.enc('https://evil.example.com/')}" }
        'no client_id'               | { Map c -> "returnTo=${AuthorizationCodeFlowSpec.enc(AFTER_LOGOUT)}" }
        'an unknown client_id'       | { Map c -> "client_id=nobody&returnTo=${AuthorizationCodeFlowSpec.enc(AFTER_LOGOUT)}" }
        'no parameters at all'       | { Map c -> '' }
    }

    def "/oauth/token refuses what /oauth2/token refuses, in RFC 6749's JSON: #why"() {
        given:
        def client = register()

        when:
        def response = portcullis.send(HttpRequest.POST('/oauth/token', form(client)).contentType(FORM))

        then:
        response.status == status
        portcullis.body(response).error == error

        where:
        why                          | form                                                                                                || status                  | error
        'an unknown code'            | { Map c -> [grant_type: 'authorization_code', client_id: c.client_id, code: 'nope', redirect_uri: CALLBACK, code_verifier: 'v' * 43] } || HttpStatus.BAD_REQUEST | 'invalid_grant'
        'an unknown client'          | { Map c -> [grant_type: 'authorization_code', client_id: 'nobody', code: 'nope', redirect_uri: CALLBACK] } || HttpStatus.UNAUTHORIZED | 'invalid_client'
        'no grant_type'              | { Map c -> [client_id: c.client_id, code: 'nope'] }                                                 || HttpStatus.BAD_REQUEST  | 'invalid_request'
        'an unknown grant_type'      | { Map c -> [grant_type: 'password', client_id: c.client_id] }                                       || HttpStatus.BAD_REQUEST  | 'unsupported_grant_type'
    }

    // Helpers

    Map register(Map document = [:]) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [
                client_name: 'Pieces-style app', token_endpoint_auth_method: 'none',
                grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
                redirect_uris: [CALLBACK], post_logout_redirect_uris: [AFTER_LOGOUT],
                scope: 'openid email profile offline_access', audience: [API]] + document))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<String> authorize(Map client, Map<String, String> extra = [:]) {
        def parameters = [audience: API, scope: 'email profile offline_access openid', response_type: 'code',
                          client_id: client.client_id, redirect_uri: CALLBACK, code_challenge_method: 'S256',
                          code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), response_mode: 'query',
                          state: 'auth0-state'] + extra
        browser.get('/authorize?' + parameters.collect { k, v -> "$k=${AuthorizationCodeFlowSpec.enc(v as String)}" }.join('&'))
    }

    /** Accepts the login and follows redirect_to: the consent challenge. */
    String login(String challenge, Map extra = [:]) {
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject] + extra).redirect_to
        def response = browser.get(redirectTo as String)
        assert response.status == HttpStatus.FOUND: response.body()
        Browser.parameters(Browser.location(response)).consent_challenge
    }

    String consent(String challenge, Map body) {
        Browser.location(consentResponse(challenge, body))
    }

    HttpResponse<String> consentResponse(String challenge, Map body) {
        def redirectTo = adminPut("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$challenge", body).redirect_to
        browser.get(redirectTo as String)
    }

    Map adminGet(String path) {
        def response = portcullis.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminPut(String path, Map body) {
        def response = portcullis.admin(HttpRequest.PUT(path, body))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminIntrospect(String token) {
        def response = portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    String issuer() {
        portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }
}
