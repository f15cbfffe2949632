package dev.portcullis.application.authorization

import dev.portcullis.domain.authorization.LoginSession
import dev.portcullis.domain.client.RedirectUri

import java.time.Duration

/**
 * Logout without confirmation (Auth0's {@code /v2/logout}) over the fakes: the browser's login session ends, its
 * cookie is deleted, and the browser goes on to a return URL only when the client registered it exactly.
 */
class LogoutAtOnceServiceSpec extends AuthorizationFlowSpecification {

    static final String BYE = 'https://app.example.com/bye'
    static final String BYE_WITH_QUERY = 'https://app.example.com/bye?lang=en'
    static final String LOGGED_OUT = 'https://as.example.com/ui/logged-out'
    static final String ADA_COOKIE = 'ada-session-cookie-ada-session-cookie-ada-s'

    def setup() {
        register(webApp().postLogoutRedirectUris([uri(BYE), uri(BYE_WITH_QUERY)]), 'spa')
        register(webApp().postLogoutRedirectUris([uri('https://other.example.com/bye')]), 'other')
        register(webApp().postLogoutRedirectUris([uri(BYE)]).enabled(false), 'disabled')
        startSession('ada-sid', ADA_COOKIE, 'ada')
    }

    LogoutAtOnceService getService() {
        new LogoutAtOnceService(clients, browserSessions, authorizationSettings, clock)
    }

    void startSession(String id, String cookie, String subject) {
        assert loginSessions.add(new LoginSession(id, digest.digest(cookie), subject, clock.instant(), true,
                clock.instant().plus(Duration.ofHours(1))))
    }

    static BrowserRequest browserWith(Map<String, String> jar) {
        new BrowserRequest([:], [] as Set, jar, 'https://as.example.com/v2/logout')
    }

    BrowserResponse.Redirect logout(String clientId, String returnTo, Map<String, String> jar = [(CookieChange.SESSION): ADA_COOKIE]) {
        def answer = service.logout(new LogoutAtOnce(browserWith(jar), Optional.ofNullable(clientId), Optional.ofNullable(returnTo)))
        assert answer instanceof BrowserResponse.Redirect: answer
        answer as BrowserResponse.Redirect
    }

    boolean adaLoggedIn() {
        loginSessions.findByCookie(digest.digest(ADA_COOKIE)).isPresent()
    }

    static RedirectUri uri(String value) {
        RedirectUri.parse(value, 'post_logout_redirect_uris')
    }

    def "the browser's login session ends, its cookie is deleted, and it goes to the client's registered #returnTo"() {
        when:
        def answer = logout('spa', returnTo)

        then:
        answer.location() == returnTo
        answer.cookies() == [CookieChange.delete(CookieChange.SESSION)]
        !adaLoggedIn()
        browserSessions.current(browserWith([(CookieChange.SESSION): ADA_COOKIE]), clock.instant()).isEmpty()

        where:
        returnTo << [BYE, BYE_WITH_QUERY]
    }

    def "a later request of the browser finds no login session: the login app is not told to skip the login"() {
        given:
        cookies[CookieChange.SESSION] = ADA_COOKIE
        assert loginRequests.get(loginChallenge()).skip()

        when:
        logout('spa', BYE)

        then:
        !loginRequests.get(loginChallenge()).skip()
    }

    def "a returnTo #problem sends the browser to the logged-out page, and the session still ends"() {
        when:
        def answer = logout(clientId, returnTo)

        then:
        answer.location() == LOGGED_OUT
        answer.cookies() == [CookieChange.delete(CookieChange.SESSION)]
        !adaLoggedIn()

        where:
        problem                                   | clientId   | returnTo
        'the client did not register'             | 'spa'      | 'https://evil.example.com/bye'
        'differing by a trailing slash'           | 'spa'      | BYE + '/'
        'differing in its query'                  | 'spa'      | BYE + '?lang=fr'
        'differing in case'                       | 'spa'      | 'https://APP.example.com/bye'
        'of another client'                       | 'other'    | BYE
        'without a client_id'                     | null       | BYE
        'of an unknown client'                    | 'nobody'   | BYE
        'of a malformed client_id'                | 'a/b'      | BYE
        'of an empty client_id'                   | ''         | BYE
        'of a disabled client'                    | 'disabled' | BYE
        'that is only a redirect_uri of the client' | 'spa'    | CALLBACK
    }

    def "without returnTo the browser goes to the logged-out page"() {
        when:
        def answer = logout('spa', null)

        then:
        answer.location() == LOGGED_OUT
        !adaLoggedIn()
    }

    def "a browser #without is still sent on to a registered returnTo, and its cookie deleted"() {
        when:
        def answer = logout('spa', BYE, jar)

        then:
        answer.location() == BYE
        answer.cookies() == [CookieChange.delete(CookieChange.SESSION)]
        adaLoggedIn()

        where:
        without                                       | jar
        'without a session cookie'                    | [:]
        'with an empty session cookie'                | [(CookieChange.SESSION): '']
        'with a cookie naming no session'             | [(CookieChange.SESSION): 'no-such-session-cookie']
    }

    def "only the browser's own session ends: another user's lasts"() {
        given:
        startSession('bob-sid', 'bob-session-cookie', 'bob')

        when:
        logout('spa', BYE)

        then:
        !adaLoggedIn()
        loginSessions.findByCookie(digest.digest('bob-session-cookie')).map { it.subject() } == Optional.of('bob')
    }

    def "an expired session is no session to end: the browser is sent on all the same"() {
        given:
        clock.advance(Duration.ofHours(1))

        when:
        def answer = logout('spa', BYE)

        then:
        answer.location() == BYE
        answer.cookies() == [CookieChange.delete(CookieChange.SESSION)]
    }
}
