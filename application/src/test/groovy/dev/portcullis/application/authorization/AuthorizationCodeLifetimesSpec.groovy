package dev.portcullis.application.authorization

import dev.portcullis.domain.error.OAuthException

import java.time.Duration

/**
 * What only a clock can show: codes, requests and verifiers expire; and what follows a revoked consent. The flow
 * runs through the real use cases over the fakes, the login and consent app played by their use cases.
 */
class AuthorizationCodeLifetimesSpec extends AuthorizationFlowSpecification {

    def "a code redeemed after its lifespan is invalid_grant"() {
        given:
        def code = code()

        when:
        clock.advance(CODE_LIFESPAN)
        redeem(code)

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_grant'
    }

    def "a code redeemed just before its lifespan ends works"() {
        given:
        def code = code()

        when:
        clock.advance(CODE_LIFESPAN.minusMillis(1))

        then:
        redeem(code).accessToken()
    }

    def "a login request left unanswered past the request lifespan is not_found"() {
        given:
        def challenge = loginChallenge()

        when:
        clock.advance(REQUEST_LIFESPAN)
        loginRequests.get(challenge)

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'not_found'
    }

    def "a verifier brought back after the request lifespan shows an error instead of going on"() {
        given:
        def back = acceptLogin(loginChallenge())

        when:
        clock.advance(REQUEST_LIFESPAN)
        def answer = authorize.authorize(browser(back))

        then:
        answer instanceof BrowserResponse.ShowError
    }

    def "after the consent is revoked its refresh token is invalid_grant"() {
        given:
        def tokens = redeem(code())

        when:
        assert revokeConsents() == 1
        refresh(tokens.refreshToken().get())

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_grant'
    }
}
