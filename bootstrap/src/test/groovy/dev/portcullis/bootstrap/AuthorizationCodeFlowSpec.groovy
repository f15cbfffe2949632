package dev.portcullis.bootstrap

import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.security.MessageDigest
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * The authorization code flow through the whole server over HTTP, on one storage: a browser without redirects
 * following, the login and consent app played through the admin API as ORY Hydra's apps do, and the client
 * at the token, userinfo and logout endpoints. Subclasses pick the storage.
 */
abstract class AuthorizationCodeFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String CALLBACK = 'https://client.example.com/callback'
    static final String AFTER_LOGOUT = 'https://client.example.com/bye'

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

    String subject = "user-${UUID.randomUUID()}".toString()
    String verifier = randomVerifier()

    def "the whole flow: login, consent, code, tokens, ID token and userinfo"() {
        given:
        def client = register()

        when: 'the browser arrives at the authorization endpoint'
        def start = authorize(client, [state: 'xyz', nonce: 'n-0S6_WzA2Mj', scope: 'openid offline_access profile'])

        then: 'it goes to the login app with a challenge and a CSRF cookie'
        start.status == HttpStatus.FOUND
        Browser.location(start).startsWith(portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get() + '/ui/login?login_challenge=')
        browser.cookies.containsKey('portcullis_csrf')

        when: 'the login app reads the request'
        def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
        def loginRequest = adminGet("/admin/oauth2/auth/requests/login?login_challenge=$loginChallenge")

        then:
        loginRequest.challenge == loginChallenge
        loginRequest.skip == false
        loginRequest.client.client_id == client.client_id
        loginRequest.requested_scope == ['openid', 'offline_access', 'profile']
        loginRequest.request_url.contains('state=xyz')

        when: 'it accepts, and the browser follows redirect_to'
        def consentChallenge = acceptLogin(loginChallenge, [subject: subject, remember: true, remember_for: 3600,
                                                            acr: 'urn:portcullis:pwd', amr: ['pwd'], context: [step: 1]])
        def consentRequest = adminGet("/admin/oauth2/auth/requests/consent?consent_challenge=$consentChallenge")

        then:
        consentRequest.subject == subject
        consentRequest.skip == false
        consentRequest.acr == 'urn:portcullis:pwd'
        consentRequest.amr == ['pwd']
        consentRequest.context == [step: 1]
        consentRequest.login_session_id
        browser.cookies.containsKey('portcullis_session')

        when: 'the consent app grants, and the browser brings the code to the client'
        def redirect = acceptConsent(consentChallenge, [grant_scope: ['openid', 'offline_access', 'profile'],
                                                        session: [id_token: [name: 'Ada'], access_token: [team: 'blue']]])
        def response = Browser.parameters(redirect)

        then:
        redirect.startsWith(CALLBACK + '?')
        response.code ==~ /pc_ac_[A-Za-z0-9_-]{43}/
        response.state == 'xyz'
        response.iss == issuer()

        when: 'the client redeems the code'
        def tokens = redeem(client, response.code)

        then:
        tokens.token_type.equalsIgnoreCase('bearer')
        tokens.scope == 'openid offline_access profile'
        tokens.refresh_token ==~ /pc_rt_[A-Za-z0-9_-]{43}/

        when:
        def idToken = SignedJWT.parse(tokens.id_token)
        def claims = idToken.JWTClaimsSet
        def access = SignedJWT.parse(tokens.access_token).JWTClaimsSet

        then:
        idToken.header.algorithm.name == 'RS256'
        claims.issuer == issuer()
        claims.subject == subject
        claims.audience == [client.client_id]
        claims.getStringClaim('nonce') == 'n-0S6_WzA2Mj'
        claims.getStringClaim('acr') == 'urn:portcullis:pwd'
        claims.getStringListClaim('amr') == ['pwd']
        claims.getStringClaim('sid') == consentRequest.login_session_id
        claims.getStringClaim('at_hash') == atHash(tokens.access_token)
        claims.getLongClaim('auth_time') <= claims.issueTime.time / 1000
        claims.getStringClaim('name') == 'Ada'
        !claims.claims.containsKey('rat')
        access.subject == subject
        access.getStringClaim('team') == 'blue'

        when: 'the client asks userinfo, with the header and with a form'
        def userinfo = portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(tokens.access_token))
        def posted = portcullis.send(HttpRequest.POST('/userinfo', [access_token: tokens.access_token]).contentType(FORM))

        then:
        userinfo.status == HttpStatus.OK
        portcullis.body(userinfo) == [sub: subject, name: 'Ada']
        portcullis.body(posted) == [sub: subject, name: 'Ada']
    }

    def "PKCE is required by default, and a confidential client registered with require_pkce false may go without"() {
        given:
        def strict = register()
        def relaxed = register([require_pkce: false])
        def withoutPkce = [code_challenge: '', code_challenge_method: '']

        expect: 'the registration keeps the setting'
        relaxed.require_pkce == false
        !strict.containsKey('require_pkce')
        adminGet("/admin/clients/${relaxed.client_id}").require_pkce == false

        and: 'the server default refuses a request without a challenge'
        Browser.parameters(Browser.location(authorize(strict, withoutPkce))).error == 'invalid_request'

        when: 'the relaxed client goes through without one'
        def start = authorize(relaxed, withoutPkce)
        def challenge = Browser.parameters(Browser.location(start)).login_challenge
        def consentChallenge = acceptLogin(challenge, [subject: subject])
        def code = Browser.parameters(acceptConsent(consentChallenge, [grant_scope: ['openid', 'offline_access']])).code
        def tokens = tokenRequest(relaxed, [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK])

        then:
        challenge
        tokens.status == HttpStatus.OK

        expect: 'a public client cannot opt out'
        def refused = portcullis.admin(HttpRequest.POST('/admin/clients', [token_endpoint_auth_method: 'none',
                redirect_uris: [CALLBACK], require_pkce: false]))
        refused.status == HttpStatus.BAD_REQUEST
        portcullis.body(refused).error == 'invalid_client_metadata'
    }

    def "a second redemption fails with invalid_grant and revokes the tokens the code yielded"() {
        given:
        def client = register()
        def code = code(client)
        def first = redeem(client, code)

        when:
        def second = tokenRequest(client, [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK,
                                           code_verifier: verifier])

        then:
        second.status == HttpStatus.BAD_REQUEST
        portcullis.body(second).error == 'invalid_grant'
        !adminIntrospect(first.access_token).active
        !adminIntrospect(first.refresh_token).active
    }

    def "of 50 concurrent redemptions of one code exactly one succeeds"() {
        given:
        def client = register()
        def code = code(client)

        when:
        def statuses = concurrently(50) {
            tokenRequest(client, [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK,
                                  code_verifier: verifier]).status
        }

        then:
        statuses.count { it == HttpStatus.OK } == 1
        statuses.count { it == HttpStatus.BAD_REQUEST } == 49
    }

    def "a code is bound to its client, redirect URI and PKCE verifier: #what gives invalid_grant"() {
        given:
        def client = register()
        def other = register()
        def code = code(client)
        def form = [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK, code_verifier: verifier] + change

        when:
        def response = caller == 'other' ? tokenRequest(other, form) : tokenRequest(client, form)

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_grant'

        and: 'a failed check does not use the code up'
        redeem(client, code).access_token

        where:
        what                  | caller   | change
        'another client'      | 'other'  | [:]
        'another redirect'    | 'client' | [redirect_uri: 'https://client.example.com/other']
        'no redirect_uri'     | 'client' | [redirect_uri: '']
        'a wrong verifier'    | 'client' | [code_verifier: randomVerifier()]
        'no verifier'         | 'client' | [code_verifier: '']
    }

    def "refresh rotates, and reusing a rotated refresh token revokes the whole family"() {
        given:
        def client = register()
        def first = redeem(client, code(client))

        when:
        def second = refresh(client, first.refresh_token)

        then:
        second.status == HttpStatus.OK
        def rotated = portcullis.body(second)
        rotated.refresh_token != first.refresh_token
        rotated.id_token
        !SignedJWT.parse(rotated.id_token).JWTClaimsSet.getClaim('nonce')
        adminIntrospect(rotated.access_token).active

        when: 'the old refresh token comes back'
        def replay = refresh(client, first.refresh_token)

        then:
        replay.status == HttpStatus.BAD_REQUEST
        portcullis.body(replay).error == 'invalid_grant'
        !adminIntrospect(rotated.refresh_token).active
        !adminIntrospect(rotated.access_token).active
        refresh(client, rotated.refresh_token).status == HttpStatus.BAD_REQUEST

        and: 'the compromised grant is withdrawn with its consent'
        adminGetList("/admin/oauth2/auth/sessions/consent?subject=$subject").isEmpty()
    }

    def "another client replaying a used code gets invalid_grant and revokes nothing"() {
        given:
        def client = register()
        def other = register()
        def code = code(client)
        def tokens = redeem(client, code)

        when:
        def replay = tokenRequest(other, [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK,
                                          code_verifier: verifier])

        then:
        portcullis.body(replay).error == 'invalid_grant'
        adminIntrospect(tokens.access_token).active
        adminIntrospect(tokens.refresh_token).active
    }

    def "a refresh may narrow the scopes but not widen them"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client, [scope: 'openid offline_access']))

        when:
        def widened = refresh(client, tokens.refresh_token, [scope: 'openid offline_access profile'])
        def narrowed = portcullis.body(refresh(client, tokens.refresh_token, [scope: 'openid']))

        then:
        portcullis.body(widened).error == 'invalid_scope'
        narrowed.scope == 'openid'

        and: 'the new refresh token keeps the scopes of the one it replaces (RFC 6749 §6)'
        narrowed.refresh_token
        portcullis.body(refresh(client, narrowed.refresh_token)).scope == 'openid offline_access'
    }

    def "of 50 concurrent uses of one refresh token exactly one succeeds"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client))

        when:
        def statuses = concurrently(50) { refresh(client, tokens.refresh_token).status }

        then:
        statuses.count { it == HttpStatus.OK } == 1
        statuses.count { it == HttpStatus.BAD_REQUEST } == 49
    }

    def "before the client and redirect URI are trusted, #what is shown on an error page, never redirected"() {
        given:
        def client = register()

        when:
        def response = browser.get('/oauth2/auth?' + query.replace('CLIENT', client.client_id as String))

        then:
        response.status == status
        !response.headers.contains('Location')
        response.body().contains(error)
        response.headers.get('X-Frame-Options') == 'DENY'

        where:
        what                       | query                                                                              | status                  | error
        'a missing client_id'      | 'response_type=code'                                                               | HttpStatus.BAD_REQUEST  | 'invalid_request'
        'an unknown client'        | 'response_type=code&client_id=nobody&redirect_uri=' + enc(CALLBACK)                | HttpStatus.UNAUTHORIZED | 'invalid_client'
        'an unregistered redirect' | 'response_type=code&client_id=CLIENT&redirect_uri=' + enc('https://evil.example/') | HttpStatus.BAD_REQUEST  | 'invalid_request'
        'a repeated client_id'     | 'response_type=code&client_id=CLIENT&client_id=CLIENT&redirect_uri=' + enc(CALLBACK) | HttpStatus.BAD_REQUEST | 'invalid_request'
    }

    def "a POSTed authorization request with a malformed escape is shown as invalid_request"() {
        when:
        def response = browser.send(HttpRequest.POST('/oauth2/auth', 'response_type=code&client_id=%zz').contentType(FORM))

        then:
        response.status == HttpStatus.BAD_REQUEST
        response.body().contains('invalid_request')
        !response.headers.contains('Location')
    }

    def "after they are trusted, #what goes back to the client as #error with state and iss"() {
        given:
        def client = register()
        def parameters = [response_type: 'code', client_id: client.client_id, redirect_uri: CALLBACK, state: 's1',
                          scope: 'openid', code_challenge: challenge(verifier), code_challenge_method: 'S256'] + change
        def query = parameters.findAll { it.value != null }.collect { k, v -> "$k=${enc(v as String)}" }.join('&') + extra

        when:
        def response = browser.get('/oauth2/auth?' + query)
        def location = Browser.location(response)
        def answer = Browser.parameters(location)

        then:
        response.status == HttpStatus.FOUND
        location.startsWith(CALLBACK + '?')
        answer.error == error
        answer.error_description
        answer.state == 's1'
        answer.iss == issuer()

        where:
        what                         | change                                                      | extra          | error
        'no code_challenge'          | [code_challenge: null, code_challenge_method: null]         | ''             | 'invalid_request'
        'the plain PKCE method'      | [code_challenge: 'p' * 43, code_challenge_method: 'plain']  | ''             | 'invalid_request'
        'a malformed challenge'      | [code_challenge: 'short']                                   | ''             | 'invalid_request'
        'response_type=token'        | [response_type: 'token']                                    | ''             | 'unsupported_response_type'
        'no response_type'           | [response_type: null]                                       | ''             | 'invalid_request'
        'a scope it may not ask'     | [scope: 'openid admin']                                     | ''             | 'invalid_scope'
        'an unknown audience'        | [audience: 'https://other.example.com']                     | ''             | 'invalid_request'
        'a repeated parameter'       | [:]                                                         | '&state=again' | 'invalid_request'
        'an unknown prompt'          | [prompt: 'maybe']                                           | ''             | 'invalid_request'
        'a negative max_age'         | [max_age: '-1']                                             | ''             | 'invalid_request'
        'an unknown response_mode'   | [response_mode: 'carrier_pigeon']                           | ''             | 'invalid_request'
        'a malformed request object' | [request: 'not-a-jwt']                                      | ''             | 'invalid_request_object'
        'a foreign id_token_hint'    | [id_token_hint: 'eyJhbGciOiJub25lIn0.e30.']                 | ''             | 'invalid_request'
        'prompt=none without login'  | [prompt: 'none']                                            | ''             | 'login_required'
    }

    def "unknown parameters are ignored"() {
        given:
        def client = register()

        when:
        def response = authorize(client, [unheard_of: 'value', claims_locales: 'de'])

        then:
        Browser.location(response).contains('login_challenge=')
    }

    def "the built-in pages refuse a form without its CSRF token, and cannot be framed"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge

        when: 'the login page is shown, and its form is posted without the token it carries'
        def page = browser.get("/ui/login?login_challenge=$challenge")
        def forged = browser.post('/ui/login', [login_challenge: challenge, username: 'demo', password: 'demo-password',
                                                action: 'login'])
        def wrongToken = browser.post('/ui/login', [login_challenge: challenge, username: 'demo', password: 'demo-password',
                                                    action: 'login', csrf_token: 'x' * 43])

        then:
        page.status == HttpStatus.OK
        page.headers.get('X-Frame-Options') == 'DENY'
        page.headers.get('Content-Security-Policy').contains("frame-ancestors 'none'")
        page.headers.get('Cache-Control') == 'no-store'
        forged.status == HttpStatus.BAD_REQUEST
        forged.body().contains('CSRF')
        wrongToken.status == HttpStatus.BAD_REQUEST

        and: 'the login request is still waiting'
        adminGet("/admin/oauth2/auth/requests/login?login_challenge=$challenge").skip == false
    }

    def "a login form's CSRF field is bound to its login request: it does not fit another one in the same browser"() {
        given: 'two login requests, and the form of the first'
        def client = register()
        def first = Browser.parameters(Browser.location(authorize(client))).login_challenge
        def second = Browser.parameters(Browser.location(authorize(client))).login_challenge
        def field = (browser.get("/ui/login?login_challenge=$first").body() =~ /name="csrf_token" value="([^"]+)"/)[0][1]

        when: "the first form's field is posted with the second request's challenge"
        def moved = browser.post('/ui/login', [login_challenge: second, username: 'demo', password: 'demo-password',
                                               action: 'login', csrf_token: field])

        then:
        moved.status == HttpStatus.BAD_REQUEST
        moved.body().contains('CSRF')
        adminGet("/admin/oauth2/auth/requests/login?login_challenge=$second").skip == false

        when: 'it is posted with its own'
        def own = browser.post('/ui/login', [login_challenge: first, username: 'demo', password: 'demo-password',
                                             action: 'login', csrf_token: field])

        then:
        own.status == HttpStatus.SEE_OTHER
    }

    def "the login and consent pages show the client's logo, privacy policy and terms of service (OIDC Registration §2)"() {
        given:
        def client = register(logo_uri: 'https://app.example.com/logo.png', policy_uri: 'https://app.example.com/privacy',
                tos_uri: 'https://app.example.com/terms')
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge

        when:
        def login = browser.get("/ui/login?login_challenge=$challenge")
        def plain = browser.get("/ui/login?login_challenge=${Browser.parameters(Browser.location(authorize(register()))).login_challenge}")

        then: 'the logo may come from its https origin, and nothing else is loosened'
        login.body().contains('id="client-logo"')
        login.body().contains('src="https://app.example.com/logo.png"')
        login.body().contains('href="https://app.example.com/privacy"')
        login.body().contains('href="https://app.example.com/terms"')
        login.headers.get('Content-Security-Policy').contains("img-src 'self' https:;")
        login.headers.get('Content-Security-Policy').contains("default-src 'none'")

        and: 'a client without them gets neither the elements nor the wider policy'
        !plain.body().contains('id="client-logo"')
        !plain.body().contains('client-links')
        plain.headers.get('Content-Security-Policy').contains("img-src 'self';")
    }

    def "a client not registered for the code flow gets unauthorized_client"() {
        given:
        def client = register(grant_types: ['client_credentials'], response_types: [])

        when:
        def answer = Browser.parameters(Browser.location(authorize(client)))

        then:
        answer.error == 'unauthorized_client'
    }

    def "response_mode #mode puts the answer #where"() {
        given:
        def client = register()

        when:
        def response = throughConsent(client, [response_mode: mode])

        then:
        check(response)

        where:
        mode        | where                 | check
        'fragment'  | 'in the fragment'     | { HttpResponse r -> Browser.parameters(Browser.location(r), true).code && !URI.create(Browser.location(r)).rawQuery }
        'form_post' | 'in a form post page' | { HttpResponse r -> r.status == HttpStatus.OK && (r.body() as String).contains('action="' + CALLBACK + '"') && (r.body() as String).contains('name="code"') && r.headers.get('Content-Security-Policy').contains("script-src 'sha256-") }
        'query'     | 'in the query'        | { HttpResponse r -> Browser.parameters(Browser.location(r)).code }
    }

    def "a login verifier brought by another browser is refused, and the right browser can still use it"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject]).redirect_to

        when:
        def thief = new Browser(portcullis)
        def stolen = thief.get(redirectTo)

        then:
        stolen.status == HttpStatus.BAD_REQUEST
        stolen.body().contains('CSRF')
        !stolen.headers.contains('Location')

        when:
        def honest = browser.get(redirectTo)

        then:
        Browser.location(honest).contains('consent_challenge=')

        when: 'the same verifier again'
        def replay = browser.get(redirectTo)

        then:
        replay.status == HttpStatus.BAD_REQUEST
        !replay.headers.contains('Location')

        cleanup:
        thief?.close()
    }

    def "a rejected #stage goes back to the client as the error the app chose"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client, [state: 'st']))).login_challenge
        if (stage == 'consent') {
            challenge = acceptLogin(challenge, [subject: subject])
        }

        when:
        def redirectTo = adminPut("/admin/oauth2/auth/requests/$stage/reject?${stage}_challenge=$challenge",
                [error: 'access_denied', error_description: 'the user said no', status_code: 403]).redirect_to
        def answer = Browser.parameters(Browser.location(browser.get(redirectTo)))

        then:
        answer.error == 'access_denied'
        answer.error_description.contains('the user said no')
        answer.state == 'st'

        where:
        stage << ['login', 'consent']
    }

    def "answering a request twice is request_was_handled_before (410), and an unknown challenge is not_found"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge
        adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject])

        when:
        def again = portcullis.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge",
                [subject: subject]))
        def read = portcullis.admin(HttpRequest.GET("/admin/oauth2/auth/requests/login?login_challenge=$challenge"))
        def unknown = portcullis.admin(HttpRequest.GET('/admin/oauth2/auth/requests/consent?consent_challenge=nope'))
        def noSubject = portcullis.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/login/accept?login_challenge=${Browser.parameters(Browser.location(authorize(client))).login_challenge}", [:]))

        then:
        again.status == HttpStatus.GONE
        portcullis.body(again).error == 'request_was_handled_before'
        read.status == HttpStatus.GONE
        unknown.status == HttpStatus.NOT_FOUND
        noSubject.status == HttpStatus.BAD_REQUEST
        portcullis.body(noSubject).error == 'invalid_request'
    }

    def "a remembered login is skipped; prompt=login and max_age=0 force a new login"() {
        given:
        def client = register()
        throughConsent(client, [:], [remember: true, remember_for: 3600])

        expect:
        loginRequest(client).skip == true
        loginRequest(client).subject == subject
        loginRequest(client, [prompt: 'login']).skip == false
        loginRequest(client, [max_age: '0']).skip == false

        when: 'a skipped login is accepted for another subject'
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge
        def other = portcullis.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge",
                [subject: 'someone-else']))

        then:
        other.status == HttpStatus.BAD_REQUEST
    }

    def "a skipped login whose session ended before the browser came back gives login_required"() {
        given:
        def client = register()
        throughConsent(client, [:], [remember: true, remember_for: 3600])
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge
        assert adminGet("/admin/oauth2/auth/requests/login?login_challenge=$challenge").skip
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject]).redirect_to

        when:
        portcullis.admin(HttpRequest.DELETE("/admin/oauth2/auth/sessions/login?subject=$subject"))
        def answer = Browser.parameters(Browser.location(browser.get(redirectTo)))

        then:
        answer.error == 'login_required'
    }

    def "a control character in #parameter on #method #path is 400 invalid_request on every storage, not a database failure"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client))).login_challenge

        when:
        def response = path == 'accept'
                ? portcullis.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge",
                        [subject: 'nul\u0000byte']))
                : portcullis.admin(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method),
                        "/admin/oauth2/auth/sessions/$path?$parameter=nul%00byte"))

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_request'

        where:
        method   | path      | parameter
        'GET'    | 'consent' | 'subject'
        'DELETE' | 'consent' | 'subject'
        'DELETE' | 'login'   | 'subject'
        'DELETE' | 'login'   | 'sid'
        'PUT'    | 'accept'  | 'subject'
    }

    def "a fresh login of another user, not remembered, replaces the browser's session"() {
        given:
        def client = register()
        throughConsent(client, [:], [remember: true, remember_for: 3600])

        when:
        def challenge = Browser.parameters(Browser.location(authorize(client, [prompt: 'login']))).login_challenge
        acceptLogin(challenge, [subject: 'someone-else', remember: false])

        then:
        !browser.cookies.containsKey('portcullis_session')
        loginRequest(client).skip == false
    }

    def "a login of another user than the id_token_hint names gives login_required"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client))
        def challenge = Browser.parameters(Browser.location(authorize(client, [id_token_hint: tokens.id_token, prompt: 'login']))).login_challenge
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: 'mallory']).redirect_to

        when:
        def answer = Browser.parameters(Browser.location(browser.get(redirectTo)))

        then:
        answer.error == 'login_required'
    }

    def "prompt=none with a login session but no remembered consent gives consent_required; with one it gives a code"() {
        given:
        def client = register()
        throughConsent(client, [:], [remember: true, remember_for: 3600])

        when:
        def first = promptNone(client)

        then:
        Browser.parameters(first).error == 'consent_required'

        when:
        throughConsent(client, [:], [remember: true, remember_for: 3600], [remember: true])
        def second = promptNone(client)

        then:
        Browser.parameters(second).code
    }

    def "consent sessions are listed, and revoking them revokes their tokens"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client))

        when:
        def sessions = adminGetList("/admin/oauth2/auth/sessions/consent?subject=$subject")

        then:
        sessions.size() == 1
        sessions[0].consent_request.client.client_id == client.client_id
        sessions[0].grant_scope == ['openid', 'offline_access']

        when:
        def revoked = portcullis.admin(HttpRequest.DELETE("/admin/oauth2/auth/sessions/consent?subject=$subject&client=${client.client_id}"))

        then:
        revoked.status == HttpStatus.NO_CONTENT
        adminGetList("/admin/oauth2/auth/sessions/consent?subject=$subject").isEmpty()
        !adminIntrospect(tokens.access_token).active
        portcullis.body(refresh(client, tokens.refresh_token)).error == 'invalid_grant'
        portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(tokens.access_token)).status == HttpStatus.UNAUTHORIZED
        portcullis.admin(HttpRequest.GET('/admin/oauth2/auth/sessions/consent')).status == HttpStatus.BAD_REQUEST
    }

    def "ending the login sessions of a subject means the next login is not skipped"() {
        given:
        def client = register()
        throughConsent(client, [:], [remember: true, remember_for: 3600])

        when:
        def ended = portcullis.admin(HttpRequest.DELETE("/admin/oauth2/auth/sessions/login?subject=$subject"))

        then:
        ended.status == HttpStatus.NO_CONTENT
        loginRequest(client).skip == false
    }

    def "RP-initiated logout confirms through the logout app, ends the session and returns with state"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client, [:], [remember: true, remember_for: 3600]))

        when:
        def start = browser.get('/oauth2/sessions/logout?' + [id_token_hint: tokens.id_token,
                post_logout_redirect_uri: AFTER_LOGOUT, state: 'bye1'].collect { k, v -> "$k=${enc(v)}" }.join('&'))
        def challenge = Browser.parameters(Browser.location(start)).logout_challenge
        def request = adminGet("/admin/oauth2/auth/requests/logout?logout_challenge=$challenge")

        then:
        request.subject == subject
        request.rp_initiated == true
        request.client.client_id == client.client_id
        request.sid == SignedJWT.parse(tokens.id_token).JWTClaimsSet.getStringClaim('sid')

        when:
        def redirectTo = adminPut("/admin/oauth2/auth/requests/logout/accept?logout_challenge=$challenge", null).redirect_to
        def done = browser.get(redirectTo)

        then:
        Browser.location(done) == AFTER_LOGOUT + '?state=bye1'
        !browser.cookies.containsKey('portcullis_session')
        loginRequest(client).skip == false
    }

    def "a logout to an unregistered post_logout_redirect_uri is shown as an error, not followed"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client))

        when:
        def response = browser.get('/oauth2/sessions/logout?id_token_hint=' + tokens.id_token
                + '&post_logout_redirect_uri=' + enc('https://evil.example/'))

        then:
        response.status == HttpStatus.BAD_REQUEST
        !response.headers.contains('Location')
    }

    def "userinfo refuses #what with #status and a Bearer challenge"() {
        given:
        def client = register()
        def tokens = redeem(client, code(client, [scope: scope]))
        def request = HttpRequest.GET('/userinfo')
        if (token == 'access') {
            request.bearerAuth(tokens.access_token)
        } else if (token == 'garbage') {
            request.bearerAuth('garbage')
        }

        when:
        def response = portcullis.send(request)

        then:
        response.status == status
        response.headers.get('WWW-Authenticate').startsWith('Bearer ')
        response.headers.get('WWW-Authenticate').contains("error=\"$error\"")
        portcullis.body(response).error == error

        where:
        what                      | scope            | token     | status                  | error
        'no token'                | 'openid'         | 'none'    | HttpStatus.UNAUTHORIZED | 'invalid_token'
        'an unknown token'        | 'openid'         | 'garbage' | HttpStatus.UNAUTHORIZED | 'invalid_token'
        'a token without openid'  | 'offline_access' | 'access'  | HttpStatus.FORBIDDEN    | 'insufficient_scope'
    }

    def "a public client must use PKCE and redeems without a secret"() {
        given:
        def client = register(token_endpoint_auth_method: 'none')

        when:
        def tokens = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'authorization_code',
                code: code(client), redirect_uri: CALLBACK, code_verifier: verifier, client_id: client.client_id]).contentType(FORM))

        then:
        tokens.status == HttpStatus.OK
        portcullis.body(tokens).access_token
    }

    def "discovery advertises the code flow's endpoints"() {
        when:
        def document = portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        document.authorization_endpoint == issuer() + '/oauth2/auth'
        document.userinfo_endpoint == issuer() + '/userinfo'
        document.end_session_endpoint == issuer() + '/oauth2/sessions/logout'
        document.response_types_supported == ['code', 'id_token', 'id_token token']
        document.code_challenge_methods_supported == ['S256']
        document.grant_types_supported.containsAll(['authorization_code', 'implicit', 'refresh_token'])
        document.authorization_response_iss_parameter_supported == true
    }

    // ---- helpers ----

    String issuer() {
        portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }

    Map register(Map document = [:]) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [
                client_name              : 'Flow test client',
                grant_types              : ['authorization_code', 'refresh_token'],
                response_types           : ['code'],
                redirect_uris            : [CALLBACK, 'https://client.example.com/other'],
                post_logout_redirect_uris: [AFTER_LOGOUT],
                scope                    : 'openid offline_access profile email',
                audience                 : ['https://api.example.com']] + document))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<String> authorize(Map client, Map<String, String> extra = [:]) {
        def parameters = [response_type        : 'code', client_id: client.client_id, redirect_uri: CALLBACK,
                          scope                : 'openid offline_access', state: 'state-1',
                          code_challenge       : challenge(verifier), code_challenge_method: 'S256'] + extra
        browser.get('/oauth2/auth?' + parameters.collect { k, v -> "$k=${enc(v as String)}" }.join('&'))
    }

    Map loginRequest(Map client, Map<String, String> extra = [:]) {
        def challenge = Browser.parameters(Browser.location(authorize(client, extra))).login_challenge
        adminGet("/admin/oauth2/auth/requests/login?login_challenge=$challenge")
    }

    /** Accepts the login and follows redirect_to: the consent challenge. */
    String acceptLogin(String challenge, Map body) {
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", body).redirect_to
        def response = browser.get(redirectTo)
        assert response.status == HttpStatus.FOUND: response.body()
        Browser.parameters(Browser.location(response)).consent_challenge
    }

    /** Accepts the consent and follows redirect_to: where the browser is sent. */
    String acceptConsent(String challenge, Map body) {
        Browser.location(acceptConsentResponse(challenge, body))
    }

    HttpResponse<String> acceptConsentResponse(String challenge, Map body) {
        def redirectTo = adminPut("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$challenge", body).redirect_to
        browser.get(redirectTo)
    }

    /** The response that carries the code back, after a login and consent of everything requested. */
    HttpResponse<String> throughConsent(Map client, Map<String, String> extra = [:], Map login = [:], Map consent = [:]) {
        def start = authorize(client, extra)
        def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
        def consentChallenge = acceptLogin(loginChallenge, [subject: subject] + login)
        def request = adminGet("/admin/oauth2/auth/requests/consent?consent_challenge=$consentChallenge")
        acceptConsentResponse(consentChallenge, [grant_scope: request.requested_scope] + consent)
    }

    String code(Map client, Map<String, String> extra = [:], Map login = [:]) {
        def response = throughConsent(client, extra, login)
        def code = Browser.parameters(Browser.location(response)).code
        assert code: Browser.location(response)
        code
    }

    /** A prompt=none request with a remembered login: the login app accepts the skipped login. */
    String promptNone(Map client) {
        def start = authorize(client, [prompt: 'none'])
        def challenge = Browser.parameters(Browser.location(start)).login_challenge
        assert challenge: Browser.location(start)
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject]).redirect_to
        def next = browser.get(redirectTo)
        def location = Browser.location(next)
        if (location.contains('consent_challenge=')) {
            def consentChallenge = Browser.parameters(location).consent_challenge
            assert adminGet("/admin/oauth2/auth/requests/consent?consent_challenge=$consentChallenge").skip == true
            location = acceptConsent(consentChallenge, [grant_scope: ['openid', 'offline_access']])
        }
        location
    }

    Map redeem(Map client, String code) {
        def response = tokenRequest(client, [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK,
                                             code_verifier: verifier])
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<Object> refresh(Map client, String refreshToken, Map extra = [:]) {
        tokenRequest(client, [grant_type: 'refresh_token', refresh_token: refreshToken] + extra)
    }

    HttpResponse<Object> tokenRequest(Map client, Map form) {
        portcullis.token(client.client_id, client.client_secret, form.findAll { it.value != '' } as Map<String, String>)
    }

    Map adminGet(String path) {
        def response = portcullis.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    List adminGetList(String path) {
        def response = portcullis.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as List
    }

    Map adminPut(String path, Map body) {
        def response = portcullis.admin(HttpRequest.PUT(path, body ?: [:]))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminIntrospect(String token) {
        def response = portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    static <T> List<T> concurrently(int count, Closure<T> work) {
        def pool = Executors.newFixedThreadPool(count)
        def ready = new CountDownLatch(count)
        def go = new CountDownLatch(1)
        try {
            def futures = (1..count).collect {
                pool.submit({ ready.countDown(); go.await(); work.call() } as Callable<T>)
            }
            ready.await()
            go.countDown()
            futures*.get()
        } finally {
            pool.shutdownNow()
        }
    }

    static String randomVerifier() {
        def bytes = new byte[32]
        new java.security.SecureRandom().nextBytes(bytes)
        Base64.urlEncoder.withoutPadding().encodeToString(bytes)
    }

    static String challenge(String verifier) {
        Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
    }

    static String atHash(String token) {
        def hash = MessageDigest.getInstance('SHA-256').digest(token.getBytes('US-ASCII'))
        Base64.urlEncoder.withoutPadding().encodeToString(Arrays.copyOf(hash, 16))
    }

    static String enc(String value) {
        URLEncoder.encode(value, 'UTF-8')
    }
}
