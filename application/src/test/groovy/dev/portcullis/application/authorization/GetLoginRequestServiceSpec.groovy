package dev.portcullis.application.authorization

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

/**
 * What the login app learns of a pending request beyond the client and what it asked for: the connection the
 * request named (Auth0's parameter), read from the request URL, and when the request stops waiting.
 */
class GetLoginRequestServiceSpec extends AuthorizationFlowSpecification {

    /** The browser starts a flow from {@code url}: the login challenge it is sent to the login app with. */
    String challengeFrom(String url) {
        def answer = authorize.authorize(new BrowserRequest(authorizationRequest(), [] as Set, cookies, url))
        assert answer instanceof BrowserResponse.Redirect: answer
        parameters((answer as BrowserResponse.Redirect).location()).login_challenge
    }

    def "the connection the request URL named reaches the login app as context, decoded"() {
        when:
        def view = loginRequests.get(challengeFrom("$AUTHORIZATION_ENDPOINT?client_id=$CLIENT_ID&connection=$raw"))

        then:
        view.context() == [connection: decoded]
        view.requestUrl() == "$AUTHORIZATION_ENDPOINT?client_id=$CLIENT_ID&connection=$raw"

        where:
        raw                         || decoded
        'google-oauth2'             || 'google-oauth2'
        'Username-Password%20Auth'  || 'Username-Password Auth'
        'corp+sso'                  || 'corp sso'
    }

    def "a request URL #without has an empty context"() {
        expect:
        loginRequests.get(challengeFrom(AUTHORIZATION_ENDPOINT + query)).context().isEmpty()

        where:
        without                          | query
        'without a query'                | ''
        'without connection'             | "?client_id=$CLIENT_ID&audience=x"
        'with an empty connection'       | "?client_id=$CLIENT_ID&connection="
        'with connection but no value'   | "?client_id=$CLIENT_ID&connection"
        'naming connections, not connection' | "?connections=github"
    }

    def "the context holds only the connection, not the other parameters of the request"() {
        expect:
        loginRequests.get(challengeFrom("$AUTHORIZATION_ENDPOINT?client_id=$CLIENT_ID&connection=github&login_hint=ada"))
                .context() == [connection: 'github']
    }

    def "the context cannot be changed by the login app"() {
        given:
        def view = loginRequests.get(challengeFrom("$AUTHORIZATION_ENDPOINT?connection=github"))

        when:
        view.context().put('connection', 'evil')

        then:
        thrown(UnsupportedOperationException)
    }

    def "the view tells when the request stops waiting: its start plus the request lifespan"() {
        given:
        clock.advance(Duration.ofSeconds(42))
        def challenge = loginChallenge()
        clock.advance(Duration.ofMinutes(1))

        expect:
        loginRequests.get(challenge).expiresAt() == START.plusSeconds(42).plus(REQUEST_LIFESPAN)
    }

    def "at the instant the view named, the request is not_found"() {
        given:
        def challenge = loginChallenge()
        def expiresAt = loginRequests.get(challenge).expiresAt()
        clock.advance(Duration.between(clock.instant(), expiresAt))

        when:
        loginRequests.get(challenge)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
    }
}
