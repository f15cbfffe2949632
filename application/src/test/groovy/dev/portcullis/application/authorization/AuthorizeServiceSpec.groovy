package dev.portcullis.application.authorization

import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.token.AccessTokens
import dev.portcullis.domain.authorization.FlowStage
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.grant.ResponseMode
import dev.portcullis.domain.key.KeySetName

import java.time.Duration
import java.time.Instant

/**
 * The authorization endpoint's three entries over the fakes: a request becomes a flow and goes to the login app, the
 * login verifier leads on to the consent app, the consent verifier yields the code; with one app for login and consent
 * (ORY Hydra's early design) the challenge the browser brings back from it yields the code. Errors before the client
 * and its redirect URI are validated are shown, never redirected (RFC 6749 §4.1.2.1); later ones go back to the client.
 */
class AuthorizeServiceSpec extends AuthorizationFlowSpecification {

    static final String ISSUER = 'https://auth.example.com'

    /** How many flows are stored; empties the store, as the port has no other way to count. */
    int storedFlows() {
        flows.removeExpired(Instant.MAX)
    }

    /** The browser logs in as {@code subject} with a remembered session and stops before the consent. */
    void rememberLogin(String subject = 'ada', long rememberFor = 0) {
        def back = parameters(logins.accept(new LoginAnswer(loginChallenge(), subject, true, rememberFor, Optional.empty(),
                ['pwd'], JsonDocument.EMPTY)).redirectTo())
        assert send(back) instanceof BrowserResponse.Redirect
        assert cookies[CookieChange.SESSION]
    }

    static void assertError(BrowserResponse answer, ErrorCode code, String state = STATE) {
        assert answer instanceof BrowserResponse.ToClient: answer
        def toClient = answer as BrowserResponse.ToClient
        assert toClient.redirectUri() == CALLBACK
        assert toClient.parameters().error == code.value()
        assert toClient.parameters().error_description
        assert toClient.parameters().state == state
        assert toClient.parameters().iss == ISSUER
    }

    // ---- a request starts a flow ----

    def "a request goes to the login app with a login challenge and binds the flow to the browser with a CSRF cookie"() {
        when:
        def answer = send(authorizationRequest())

        then:
        answer instanceof BrowserResponse.Redirect
        def location = (answer as BrowserResponse.Redirect).location()
        location.startsWith(LOGIN_URL + '?login_challenge=')
        def csrf = answer.cookies().find { it.name() == CookieChange.CSRF }
        csrf.value().get() ==~ /[A-Za-z0-9_-]{43}/
        csrf.maxAge() == Optional.of(REQUEST_LIFESPAN)

        and: 'the login app reads what the client asked for'
        def view = loginRequests.get(parameters(location).login_challenge)
        view.client() == Optional.of(client)
        view.requestedScope() == ['openid', 'offline_access']
        !view.skip()
        view.subject() == ''
    }

    def "an untrusted client or redirect URI (#problem) is shown as #code, never sent to a redirect URI, and starts no flow"() {
        given:
        register(webApp().redirectUris([uri(CALLBACK), uri('https://app.example.com/other')]), 'two-uris')
        register(webApp().enabled(false), 'disabled')

        when:
        def answer = authorize.authorize(browser(authorizationRequest(changes), cookies, repeated as Set))

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == code
        answer.cookies().isEmpty()
        storedFlows() == 0

        where:
        problem                                  | changes                                                 | repeated        || code
        'no client_id'                           | [client_id: null]                                       | []              || ErrorCode.INVALID_REQUEST
        'an unknown client'                      | [client_id: 'nobody']                                   | []              || ErrorCode.INVALID_CLIENT
        'a malformed client_id'                  | [client_id: 'a/b']                                      | []              || ErrorCode.INVALID_CLIENT
        'a disabled client'                      | [client_id: 'disabled']                                 | []              || ErrorCode.INVALID_CLIENT
        'an unregistered redirect_uri'           | [redirect_uri: 'https://evil.example.com/cb']           | []              || ErrorCode.INVALID_REQUEST
        'a redirect_uri differing by a slash'    | [redirect_uri: CALLBACK + '/']                          | []              || ErrorCode.INVALID_REQUEST
        'no redirect_uri with several registered' | [client_id: 'two-uris', redirect_uri: null, scope: 'offline_access'] | [] || ErrorCode.INVALID_REQUEST
        'a repeated client_id'                   | [:]                                                     | ['client_id']   || ErrorCode.INVALID_REQUEST
        'a repeated redirect_uri'                | [:]                                                     | ['redirect_uri'] || ErrorCode.INVALID_REQUEST
    }

    def "with an error app configured an untrusted request's error goes there, still never to the client"() {
        given:
        errorUrl = Optional.of('https://as.example.com/ui/error')

        when:
        def answer = send(authorizationRequest(redirect_uri: 'https://evil.example.com/cb'))

        then:
        answer instanceof BrowserResponse.Redirect
        def location = (answer as BrowserResponse.Redirect).location()
        location.startsWith('https://as.example.com/ui/error?')
        parameters(location).error == 'invalid_request'
        !location.contains('evil.example.com')
    }

    def "an error found after the client and redirect URI are validated (#problem) goes back to the redirect URI with state and iss"() {
        when:
        def answer = authorize.authorize(browser(authorizationRequest(changes), cookies, repeated as Set))

        then:
        assertError(answer, code)
        (answer as BrowserResponse.ToClient).mode() == ResponseMode.QUERY
        answer.cookies().isEmpty()
        storedFlows() == 0

        where:
        problem                          | changes                               | repeated  || code
        'an unsupported response_type'   | [response_type: 'token']              | []        || ErrorCode.UNSUPPORTED_RESPONSE_TYPE
        'no response_type'               | [response_type: null]                 | []        || ErrorCode.INVALID_REQUEST
        'an unregistered scope'          | [scope: 'openid admin']               | []        || ErrorCode.INVALID_SCOPE
        'an unregistered audience'       | [audience: 'https://other.example.com'] | []      || ErrorCode.INVALID_REQUEST
        'no PKCE'                        | [code_challenge: null, code_challenge_method: null] | [] || ErrorCode.INVALID_REQUEST
        'a malformed request object'     | [request: 'not-a-jwt']                | []       || RequestObjects.INVALID_REQUEST_OBJECT
        'a repeated scope'               | [:]                                   | ['scope'] || ErrorCode.INVALID_REQUEST
    }

    def "an error goes back in the requested response mode #mode"() {
        when:
        def answer = send(authorizationRequest(response_mode: mode.wireName(), response_type: 'token'))

        then:
        assertError(answer, ErrorCode.UNSUPPORTED_RESPONSE_TYPE)
        (answer as BrowserResponse.ToClient).mode() == mode

        where:
        mode << [ResponseMode.QUERY, ResponseMode.FRAGMENT, ResponseMode.FORM_POST]
    }

    def "without state the error carries none"() {
        when:
        def answer = send(authorizationRequest(state: null, response_type: 'token'))

        then:
        answer instanceof BrowserResponse.ToClient
        (answer as BrowserResponse.ToClient).parameters().keySet() == ['error', 'error_description', 'iss'] as Set
    }

    // ---- prompt and the browser's login session ----

    def "prompt=none without a login session is login_required at the redirect URI"() {
        when:
        def answer = send(authorizationRequest(prompt: 'none'))

        then:
        assertError(answer, ErrorCode.LOGIN_REQUIRED)
        storedFlows() == 0
    }

    def "with a login session the login app is told to skip the login, naming the session's user"() {
        given:
        rememberLogin('ada')

        when:
        def challenge = loginChallenge(prompt: prompt)

        then:
        with(loginRequests.get(challenge)) {
            skip()
            subject() == 'ada'
            sessionId().isPresent()
        }

        where:
        prompt << [null, 'none', 'consent']
    }

    def "#situation, the login session is not used and the user logs in afresh"() {
        given:
        rememberLogin('ada')
        clock.advance(Duration.ofSeconds(10))

        when:
        def challenge = loginChallenge(changes)

        then:
        !loginRequests.get(challenge).skip()

        where:
        situation                                 | changes
        'with prompt=login'                       | [prompt: 'login']
        'with a max_age the session is older than' | [max_age: '5']
    }

    def "prompt=none with a login session but no remembered consent is consent_required once the login is accepted"() {
        given:
        rememberLogin('ada')
        def back = acceptLogin(loginChallenge(prompt: 'none'), 'ada')

        when:
        def answer = send(back)

        then:
        assertError(answer, ErrorCode.CONSENT_REQUIRED)
    }

    def "a remembered consent lets the consent app skip, and prompt=none then yields a code"() {
        given:
        code([:], [rememberLogin: true, remember: true])

        when:
        def consent = consentChallenge(loginChallenge(prompt: 'none'), 'ada')

        then:
        consentRequests.get(consent).skip()
        send(acceptConsent(consent, ['openid', 'offline_access'])) instanceof BrowserResponse.ToClient
    }

    def "a skipped login needs its session still alive when the browser comes back: #ending is login_required"() {
        given:
        rememberLogin('ada', 60)
        def challenge = loginChallenge()
        assert loginRequests.get(challenge).skip()
        def back = acceptLogin(challenge, 'ada')
        end.call(this)

        when:
        def answer = send(back)

        then:
        assertError(answer, ErrorCode.LOGIN_REQUIRED)
        flows.findBy(FlowRepository.Key.LOGIN_CHALLENGE, digest.digest(challenge)).get().stage() == FlowStage.FAILED

        where:
        ending                                   | end
        'a session ended meanwhile'              | { AuthorizeServiceSpec spec -> spec.loginSessions.removeSubject('ada') }
        'a session expired meanwhile'            | { AuthorizeServiceSpec spec -> spec.clock.advance(Duration.ofSeconds(61)) }
        'a browser that dropped its session cookie' | { AuthorizeServiceSpec spec -> spec.cookies.remove(CookieChange.SESSION) }
    }

    def "a fresh login the login app remembers starts a login session and sets its cookie; one it does not remember sets none"() {
        when:
        def answer = send(acceptLogin(loginChallenge(), 'ada', remember))

        then:
        answer instanceof BrowserResponse.Redirect
        answer.cookies()*.name().contains(CookieChange.SESSION) == remember
        loginSessions.removeSubject('ada') == (remember ? 1 : 0)

        where:
        remember << [true, false]
    }

    def "a fresh login replaces the browser's previous session, which may be another user's"() {
        given:
        rememberLogin('ada')
        def adaCookie = cookies[CookieChange.SESSION]

        when:
        send(acceptLogin(loginChallenge(prompt: 'login'), 'bob', true))

        then:
        cookies[CookieChange.SESSION] != adaCookie
        loginSessions.findByCookie(digest.digest(adaCookie)).isEmpty()
        loginSessions.findByCookie(digest.digest(cookies[CookieChange.SESSION])).get().subject() == 'bob'
    }

    def "a fresh login that is not remembered ends the browser's previous session and deletes its cookie"() {
        given:
        rememberLogin('ada')
        def adaCookie = cookies[CookieChange.SESSION]

        when:
        def answer = send(acceptLogin(loginChallenge(prompt: 'login'), 'bob', false))

        then:
        answer.cookies().find { it.name() == CookieChange.SESSION }.value().isEmpty()
        !cookies.containsKey(CookieChange.SESSION)
        loginSessions.findByCookie(digest.digest(adaCookie)).isEmpty()
    }

    def "the user who logs in must be the one the id_token_hint names: #subject is #outcome"() {
        given:
        def hint = redeem(code()).idToken().get()
        def back = acceptLogin(loginChallenge(id_token_hint: hint), subject)

        when:
        def answer = send(back)

        then:
        if (continues) {
            assert answer instanceof BrowserResponse.Redirect
            assert (answer as BrowserResponse.Redirect).location().startsWith(CONSENT_URL)
        } else {
            assertError(answer, ErrorCode.LOGIN_REQUIRED)
        }

        where:
        subject || continues | outcome
        'ada'   || true      | 'let on to the consent app'
        'bob'   || false     | 'login_required'
    }

    // ---- the verifiers are bound to the browser ----

    def "a login verifier from a browser #without is shown an error, and the flow still waits for its own browser"() {
        given:
        def back = acceptLogin(loginChallenge())
        def jar = otherJar.call(this)

        when:
        def answer = send(back, jar)

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_REQUEST
        (answer as BrowserResponse.ShowError).error().description().contains('CSRF')

        and:
        send(back) instanceof BrowserResponse.Redirect

        where:
        without                             | otherJar
        'without a CSRF cookie'             | { AuthorizeServiceSpec spec -> [:] }
        'holding another browser\'s cookie' | { AuthorizeServiceSpec spec -> def other = [:]; spec.send(authorizationRequest(), other); other }
        'holding a forged cookie'           | { AuthorizeServiceSpec spec -> [(CookieChange.CSRF): 'A' * 43] }
    }

    def "a consent verifier from a browser without the flow's CSRF cookie is shown an error, and the code still goes to its own browser"() {
        given:
        def back = acceptConsent(consentChallenge(loginChallenge()), ['openid', 'offline_access'])

        when:
        def answer = send(back, [:])

        then:
        answer instanceof BrowserResponse.ShowError

        and:
        send(back) instanceof BrowserResponse.ToClient
    }

    def "a browser keeps one CSRF cookie for all its flows, and each flow honours it"() {
        given:
        def firstFlow = loginChallenge()
        def cookie = cookies[CookieChange.CSRF]

        when:
        def answer = send(authorizationRequest())

        then:
        answer.cookies().find { it.name() == CookieChange.CSRF }.value() == Optional.of(cookie)
        def secondFlow = parameters((answer as BrowserResponse.Redirect).location()).login_challenge
        send(acceptLogin(firstFlow)) instanceof BrowserResponse.Redirect
        send(acceptLogin(secondFlow)) instanceof BrowserResponse.Redirect
    }

    def "a CSRF cookie that is not one of ours is replaced by a fresh one"() {
        given:
        cookies[CookieChange.CSRF] = 'tampered'

        when:
        def answer = send(authorizationRequest())

        then:
        def csrf = answer.cookies().find { it.name() == CookieChange.CSRF }.value().get()
        csrf != 'tampered'
        csrf ==~ /[A-Za-z0-9_-]{43}/
    }

    def "a verifier is accepted once"() {
        given:
        def back = acceptLogin(loginChallenge())
        assert send(back) instanceof BrowserResponse.Redirect

        expect:
        send(back) instanceof BrowserResponse.ShowError
    }

    def "a login verifier brought where the consent verifier belongs is shown an error"() {
        given:
        def back = acceptLogin(loginChallenge())

        expect:
        send([consent_verifier: back.login_verifier]) instanceof BrowserResponse.ShowError
    }

    def "a client disabled while the user logged in gets no redirect: the error is shown"() {
        given:
        def back = acceptLogin(loginChallenge())
        assert clients.update(client.replace(client.metadata().toBuilder().enabled(false).build(), Optional.empty(), clock.instant()))

        when:
        def answer = send(back)

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_CLIENT
    }

    // ---- the answer to the client ----

    def "the code goes back to the redirect URI with state and iss, in the requested response mode #mode"() {
        when:
        def answer = authorizationResponse(response_mode: mode.wireName())

        then:
        answer.redirectUri() == CALLBACK
        answer.mode() == mode
        answer.parameters().keySet() as List == ['code', 'state', 'iss']
        answer.parameters().code.startsWith(AccessTokens.CODE_PREFIX)
        answer.parameters().state == STATE
        answer.parameters().iss == ISSUER
        flowOfCode(answer.parameters().code).stage() == FlowStage.CODE_ISSUED

        where:
        mode << [ResponseMode.QUERY, ResponseMode.FRAGMENT, ResponseMode.FORM_POST]
    }

    def "without state the code goes back with code and iss only"() {
        expect:
        authorizationResponse(state: null).parameters().keySet() as List == ['code', 'iss']
    }

    def "each flow's code is its own"() {
        expect:
        code() != code()
    }

    def "a login the login app rejected goes back to the client as its error, with state and iss"() {
        given:
        def challenge = loginChallenge()
        def back = parameters(loginRejections.reject(new RejectAnswer(challenge, Optional.of('access_denied'),
                Optional.of('The user said no.'), Optional.empty(), Optional.empty())).redirectTo())

        when:
        def answer = send(back)

        then:
        assertError(answer, ErrorCode.ACCESS_DENIED)
        (answer as BrowserResponse.ToClient).parameters().error_description == 'The user said no.'
    }

    def "a consent the consent app rejected goes back to the client as its error, with state and iss"() {
        given:
        def challenge = consentChallenge(loginChallenge())
        def back = parameters(consentRejections.reject(new RejectAnswer(challenge, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).redirectTo())

        when:
        def answer = send(back)

        then:
        assertError(answer, ErrorCode.ACCESS_DENIED)
    }

    // ---- the dialect a new request is read by ----

    /** The browser sends {@code parameters} to an authorization endpoint that reads them by {@code dialect}'s rules. */
    BrowserResponse sendIn(AuthorizationDialect dialect, Map<String, String> parameters) {
        authorize.authorize(browser(parameters), dialect)
    }

    def "plain PKCE (#method) where the settings allow it is #outcome by #dialect's rules"() {
        given:
        plainPkceAllowed = true

        when:
        def answer = sendIn(dialect, authorizationRequest(code_challenge: VERIFIER, code_challenge_method: method))

        then:
        if (refused) {
            assertError(answer, ErrorCode.INVALID_REQUEST)
            assert (answer as BrowserResponse.ToClient).parameters().error_description.contains('code_challenge_method')
            assert storedFlows() == 0
        } else {
            assert answer instanceof BrowserResponse.Redirect
            assert (answer as BrowserResponse.Redirect).location().startsWith(LOGIN_URL + '?login_challenge=')
            assert storedFlows() == 1
        }

        where:
        dialect                      | method  || refused | outcome
        AuthorizationDialect.STANDARD | 'plain' || false   | 'accepted'
        AuthorizationDialect.STANDARD | null    || false   | 'accepted'
        AuthorizationDialect.AUTH0    | 'plain' || true    | 'invalid_request at the redirect URI'
        AuthorizationDialect.AUTH0    | null    || true    | 'invalid_request at the redirect URI'
    }

    def "an audience the client is not registered for is #code at the redirect URI by #dialect's rules"() {
        when:
        def answer = sendIn(dialect, authorizationRequest(audience: "$API https://other.example.com"))

        then:
        assertError(answer, code)
        storedFlows() == 0

        where:
        dialect                       || code
        AuthorizationDialect.STANDARD || ErrorCode.INVALID_REQUEST
        AuthorizationDialect.AUTH0    || ErrorCode.ACCESS_DENIED
    }

    def "by Auth0's rules a request with S256 and a registered audience starts a flow as by the standard ones"() {
        when:
        def answer = sendIn(AuthorizationDialect.AUTH0, authorizationRequest(audience: API))

        then:
        answer instanceof BrowserResponse.Redirect
        def challenge = parameters((answer as BrowserResponse.Redirect).location()).login_challenge
        loginRequests.get(challenge).requestedAudience() == [API]
    }

    def "Auth0's rules are for a new request only: the browser coming back is answered alike"() {
        given:
        def back = acceptLogin(loginChallenge())

        when:
        def answer = authorize.authorize(browser(back), AuthorizationDialect.AUTH0)

        then:
        answer instanceof BrowserResponse.Redirect
        (answer as BrowserResponse.Redirect).location().startsWith(CONSENT_URL + '?consent_challenge=')
    }

    // ---- one app for login and consent (ORY Hydra's early design) ----

    def "with one app for login and consent a request goes there with its challenge in consent, bound to the browser by the CSRF cookie"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)

        when:
        def answer = send(authorizationRequest())

        then:
        answer instanceof BrowserResponse.Redirect
        def location = (answer as BrowserResponse.Redirect).location()
        location.startsWith(LOGIN_AND_CONSENT_URL + '?consent=')
        parameters(location).keySet() == ['consent'] as Set
        def csrf = answer.cookies().find { it.name() == CookieChange.CSRF }
        csrf.value().get() ==~ /[A-Za-z0-9_-]{43}/
        csrf.maxAge() == Optional.of(REQUEST_LIFESPAN)

        and: 'the app reads the request by its challenge, as the login app does'
        def view = loginRequests.get(parameters(location).consent)
        view.client() == Optional.of(client)
        view.requestedScope() == ['openid', 'offline_access']
    }

    def "once the app answered, the browser back with the challenge gets the code at the redirect URI with state and iss"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def back = acceptLoginAndConsent(combinedChallenge())

        when:
        def answer = send(back)

        then:
        answer instanceof BrowserResponse.ToClient
        with(answer as BrowserResponse.ToClient) {
            redirectUri() == CALLBACK
            mode() == ResponseMode.QUERY
            parameters().keySet() as List == ['code', 'state', 'iss']
            parameters().code.startsWith(AccessTokens.CODE_PREFIX)
            parameters().state == STATE
            parameters().iss == ISSUER
        }
        flowOfCode((answer as BrowserResponse.ToClient).parameters().code).stage() == FlowStage.CODE_ISSUED
    }

    def "the code of the app's answer is redeemed like any other, for what the app granted"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def challenge = combinedChallenge(scope: 'openid offline_access profile')
        def answer = send(acceptLoginAndConsent(challenge, [scope: ['openid', 'profile'], audience: [API],
                                                           idTokenClaims: [email: 'ada@example.com'], accessTokenClaims: [tenant: 't-1']]))
        def code = (answer as BrowserResponse.ToClient).parameters().code

        when:
        def response = redeem(code)

        then:
        response.scope().values() as List == ['openid', 'profile']
        response.refreshToken().isEmpty()
        def access = codec.verify(response.accessToken(), keyRing.keys(KeySetName.ACCESS_TOKEN)).orElseThrow().members()
        access.sub == 'ada'
        access.aud == [API]
        access.tenant == 't-1'
        def id = codec.verify(response.idToken().orElseThrow(), keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()
        id.sub == 'ada'
        id.email == 'ada@example.com'
        id.nonce == NONCE
        id.sid == flowOfCode(code).sessionId().orElseThrow()
        flowOfCode(code).stage() == FlowStage.CODE_REDEEMED
    }

    def "a login the app #remembers #outcome"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def back = acceptLoginAndConsent(combinedChallenge(), [rememberLogin: remember])

        when:
        def answer = send(back)

        then:
        answer instanceof BrowserResponse.ToClient
        answer.cookies()*.name() == (remember ? [CookieChange.SESSION] : [])
        loginSessions.removeSubject('ada') == (remember ? 1 : 0)

        where:
        remember || remembers           | outcome
        true     || 'remembers'         | 'starts a login session and sets its cookie with the code'
        false    || 'does not remember' | 'sets no session cookie'
    }

    def "a login the app remembered lets the next request skip the login, and the app may answer it for the same user"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        send(acceptLoginAndConsent(combinedChallenge(), [rememberLogin: true]))
        def sessionCookie = cookies[CookieChange.SESSION]

        when:
        def challenge = combinedChallenge()

        then:
        with(loginRequests.get(challenge)) {
            skip()
            subject() == 'ada'
        }

        when:
        def answer = send(acceptLoginAndConsent(challenge))

        then:
        answer instanceof BrowserResponse.ToClient
        answer.cookies().isEmpty()
        cookies[CookieChange.SESSION] == sessionCookie
        flowOfCode((answer as BrowserResponse.ToClient).parameters().code).sessionId() ==
                loginSessions.findByCookie(digest.digest(sessionCookie)).map { it.id() }
    }

    def "a fresh login the app does not remember ends the browser's previous session and deletes its cookie"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        send(acceptLoginAndConsent(combinedChallenge(), [rememberLogin: true]))
        def adaCookie = cookies[CookieChange.SESSION]

        when:
        def answer = send(acceptLoginAndConsent(combinedChallenge(prompt: 'login'), [subject: 'bob']))

        then:
        answer instanceof BrowserResponse.ToClient
        answer.cookies() == [CookieChange.delete(CookieChange.SESSION)]
        !cookies.containsKey(CookieChange.SESSION)
        loginSessions.findByCookie(digest.digest(adaCookie)).isEmpty()
    }

    def "the challenge brought back before the app answered is an error page saying so, and the flow still ends in a code"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def challenge = combinedChallenge()

        when:
        def early = send([consent: challenge])

        then:
        early instanceof BrowserResponse.ShowError
        (early as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_REQUEST
        (early as BrowserResponse.ShowError).error().description().contains('has not answered')

        and:
        send(acceptLoginAndConsent(challenge)) instanceof BrowserResponse.ToClient
    }

    def "a login accepted through the separate login app's API is not the app's answer: the challenge is an error page"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def challenge = combinedChallenge()
        acceptLogin(challenge)

        when:
        def answer = send([consent: challenge])

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().description().contains('has not answered')
    }

    def "a request the app rejected goes back to the client as access_denied, with state and iss"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def challenge = combinedChallenge()
        loginRejections.reject(new RejectAnswer(challenge, Optional.empty(), Optional.of('The user said no.'),
                Optional.empty(), Optional.empty()))

        when:
        def answer = send([consent: challenge])

        then:
        assertError(answer, ErrorCode.ACCESS_DENIED)
        (answer as BrowserResponse.ToClient).parameters().error_description == 'The user said no.'
        flows.findBy(FlowRepository.Key.LOGIN_CHALLENGE, digest.digest(challenge)).get().stage() == FlowStage.FAILED
    }

    def "the app's answer brought back by a browser #without is an error page, and the code still goes to its own browser"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def back = acceptLoginAndConsent(combinedChallenge())
        def jar = otherJar.call(this)

        when:
        def answer = send(back, jar)

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_REQUEST
        (answer as BrowserResponse.ShowError).error().description().contains('CSRF')

        and:
        send(back) instanceof BrowserResponse.ToClient

        where:
        without                             | otherJar
        'without a CSRF cookie'             | { AuthorizeServiceSpec spec -> [:] }
        'holding another browser\'s cookie' | { AuthorizeServiceSpec spec -> def other = [:]; spec.combinedChallenge([:], other); other }
    }

    def "the challenge yields one code: brought back again it is an error page"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def back = acceptLoginAndConsent(combinedChallenge())
        assert send(back) instanceof BrowserResponse.ToClient

        when:
        def again = send(back)

        then:
        again instanceof BrowserResponse.ShowError
        (again as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_REQUEST
        (again as BrowserResponse.ShowError).error().description().startsWith('consent:')
    }

    def "a challenge that is #kind is an error page"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def back = acceptLoginAndConsent(combinedChallenge())
        clock.advance(elapsed)

        when:
        def answer = send([consent: presenting.call(back.consent)])

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_REQUEST
        answer.cookies().isEmpty()

        where:
        kind                           | elapsed          | presenting
        'unknown'                      | Duration.ZERO    | { String c -> 'A' * 43 }
        'too long to be one of ours'   | Duration.ZERO    | { String c -> 'A' * 9000 }
        'expired with its request'     | REQUEST_LIFESPAN | { String c -> c }
    }

    def "with one app, the user it logged in must be the one the id_token_hint names: #subject is #outcome"() {
        given:
        def hint = redeem(code()).idToken().get()
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def back = acceptLoginAndConsent(combinedChallenge(id_token_hint: hint), [subject: subject])

        when:
        def answer = send(back)

        then:
        if (continues) {
            assert answer instanceof BrowserResponse.ToClient
            assert (answer as BrowserResponse.ToClient).parameters().code
        } else {
            assertError(answer, ErrorCode.LOGIN_REQUIRED)
        }

        where:
        subject || continues | outcome
        'ada'   || true      | 'given the code'
        'bob'   || false     | 'login_required'
    }

    def "without a combined app a consent parameter is not a challenge: the request starts a flow at the login app"() {
        given:
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
        def challenge = combinedChallenge()
        acceptLoginAndConsent(challenge)
        loginAndConsentUrl = Optional.empty()

        when:
        def answer = send(authorizationRequest(consent: challenge))

        then:
        answer instanceof BrowserResponse.Redirect
        (answer as BrowserResponse.Redirect).location().startsWith(LOGIN_URL + '?login_challenge=')
        flows.findBy(FlowRepository.Key.LOGIN_CHALLENGE, digest.digest(challenge)).get().stage() == FlowStage.CONSENT_ANSWERED
        storedFlows() == 2
    }

    def "without a combined app a consent parameter alone is a request without client_id"() {
        when:
        def answer = send([consent: 'A' * 43])

        then:
        answer instanceof BrowserResponse.ShowError
        (answer as BrowserResponse.ShowError).error().code() == ErrorCode.INVALID_REQUEST
        (answer as BrowserResponse.ShowError).error().description().contains('client_id')
    }

    static RedirectUri uri(String value) {
        RedirectUri.parse(value, 'redirect_uris')
    }
}
