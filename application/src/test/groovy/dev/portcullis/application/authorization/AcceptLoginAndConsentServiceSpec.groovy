package dev.portcullis.application.authorization

import dev.portcullis.application.fakes.InterleavingFlowRepository
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.domain.authorization.AuthorizationFlow
import dev.portcullis.domain.authorization.FlowStage
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

/**
 * ORY Hydra's early consent flow over the fakes: one app answers the login request with the login and the consent
 * at once, checked as the login and consent apps' answers are, and stored in one step.
 */
class AcceptLoginAndConsentServiceSpec extends AuthorizationFlowSpecification {

    def setup() {
        loginAndConsentUrl = Optional.of(LOGIN_AND_CONSENT_URL)
    }

    AuthorizationFlow flowOf(String challenge) {
        flows.findBy(FlowRepository.Key.LOGIN_CHALLENGE, digest.digest(challenge)).orElseThrow()
    }

    static LoginAnswer login(String challenge, Map changes = [:]) {
        new LoginAnswer(challenge, changes.containsKey('subject') ? changes.subject as String : 'ada', false,
                (changes.rememberFor ?: 0) as long, Optional.of('urn:loa:2'), ['pwd', 'otp'], new JsonDocument([device: 'laptop']))
    }

    static ConsentAnswer consent(String challenge, Map changes = [:]) {
        new ConsentAnswer(challenge, (changes.containsKey('scope') ? changes.scope : ['openid', 'offline_access']) as List<String>,
                (changes.audience ?: []) as List<String>, false, (changes.rememberFor ?: 0) as long, JsonDocument.EMPTY,
                JsonDocument.EMPTY)
    }

    def "one answer accepts the login and grants the consent: the flow waits at consent_answered with both"() {
        given:
        def challenge = combinedChallenge(scope: 'openid offline_access profile')

        when:
        loginsAndConsents.accept(login(challenge),
                new ConsentAnswer(challenge, ['openid', 'profile'], [API], true, 3600,
                        new JsonDocument([email: 'ada@example.com']), new JsonDocument([tenant: 't-1'])))

        then:
        def flow = flowOf(challenge)
        flow.stage() == FlowStage.CONSENT_ANSWERED
        flow.version() == 1
        flow.subject() == Optional.of('ada')
        flow.sessionId().isPresent()
        with(flow.login().orElseThrow()) {
            subject() == 'ada'
            acr() == Optional.of('urn:loa:2')
            amr() == ['pwd', 'otp']
            context() == new JsonDocument([device: 'laptop'])
            authenticatedAt() == START
        }
        with(flow.consent().orElseThrow()) {
            grantScope().values() as List == ['openid', 'profile']
            grantAudience().values() as List == [API]
            remember()
            rememberFor() == Duration.ofHours(1)
            idTokenClaims() == new JsonDocument([email: 'ada@example.com'])
            accessTokenClaims() == new JsonDocument([tenant: 't-1'])
        }
    }

    def "the login request no longer waits once answered: the login app's API says it was handled"() {
        given:
        def challenge = combinedChallenge()
        loginsAndConsents.accept(login(challenge), consent(challenge))

        when:
        loginRequests.get(challenge)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.REQUEST_HANDLED_BEFORE
    }

    def "a login the login app's API would refuse (#problem) is invalid_request, and the request still waits"() {
        given:
        def challenge = combinedChallenge()

        when:
        loginsAndConsents.accept(login(challenge, changes), consent(challenge))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(named)
        flowOf(challenge).stage() == FlowStage.LOGIN_REQUESTED
        loginRequests.get(challenge).challenge() == challenge

        where:
        problem                       | changes               || named
        'an empty subject'            | [subject: '']         || 'subject'
        'a blank subject'             | [subject: '   ']      || 'subject'
        'a subject of 256 characters' | [subject: 'a' * 256]  || 'subject'
        'a negative remember_for'     | [rememberFor: -1]     || 'remember_for'
    }

    def "a subject of 255 characters is accepted (OIDC Core §2)"() {
        given:
        def challenge = combinedChallenge()

        when:
        loginsAndConsents.accept(login(challenge, [subject: 'a' * 255]), consent(challenge))

        then:
        flowOf(challenge).subject() == Optional.of('a' * 255)
    }

    def "a consent the consent app's API would refuse (#problem) is #code, and the request still waits"() {
        given:
        def challenge = combinedChallenge()

        when:
        loginsAndConsents.accept(login(challenge), consent(challenge, changes))

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        flowOf(challenge).stage() == FlowStage.LOGIN_REQUESTED

        where:
        problem                                     | changes                                     || code
        'a scope the client is not registered for'  | [scope: ['openid', 'admin']]                || ErrorCode.INVALID_SCOPE
        'a value that is not a scope'               | [scope: ['open id']]                        || ErrorCode.INVALID_REQUEST
        'an audience the client is not registered for' | [audience: ['https://other.example.com']] || ErrorCode.INVALID_REQUEST
        'a negative remember_for'                   | [rememberFor: -1]                           || ErrorCode.INVALID_REQUEST
    }

    def "the client deleted while the user logged in is not_found"() {
        given:
        def challenge = combinedChallenge()
        assert clients.remove(client.id())

        when:
        loginsAndConsents.accept(login(challenge), consent(challenge))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        flowOf(challenge).stage() == FlowStage.LOGIN_REQUESTED
    }

    def "with a remembered login session the answer must name its subject, and the flow keeps the session"() {
        given: 'ada logged in before and the app remembered it'
        def first = combinedChallenge()
        assert send(acceptLoginAndConsent(first, [rememberLogin: true])) instanceof BrowserResponse.ToClient
        def challenge = combinedChallenge()
        def session = flowOf(challenge).remembered().orElseThrow()
        assert session.subject() == 'ada'

        when:
        loginsAndConsents.accept(login(challenge, [subject: 'bob']), consent(challenge))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('ada')
        flowOf(challenge).stage() == FlowStage.LOGIN_REQUESTED

        when:
        clock.advance(Duration.ofMinutes(1))
        loginsAndConsents.accept(login(challenge), consent(challenge))

        then:
        def flow = flowOf(challenge)
        flow.stage() == FlowStage.CONSENT_ANSWERED
        flow.sessionId() == Optional.of(session.id())
        flow.login().orElseThrow().authenticatedAt() == session.authenticatedAt()
    }

    def "a challenge that is #kind is not_found"() {
        given:
        def challenge = combinedChallenge()
        clock.advance(elapsed)

        when:
        def presented = presenting.call(challenge)
        loginsAndConsents.accept(login(presented), consent(presented))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        flowOf(challenge).stage() == FlowStage.LOGIN_REQUESTED

        where:
        kind                               | elapsed          | presenting
        'unknown'                          | Duration.ZERO    | { String c -> 'A' * 43 }
        'empty'                            | Duration.ZERO    | { String c -> '' }
        'expired with its request'         | REQUEST_LIFESPAN | { String c -> c }
    }

    def "a challenge is good until its request expires"() {
        given:
        def challenge = combinedChallenge()
        clock.advance(REQUEST_LIFESPAN.minusSeconds(1))

        when:
        loginsAndConsents.accept(login(challenge), consent(challenge))

        then:
        flowOf(challenge).stage() == FlowStage.CONSENT_ANSWERED
    }

    def "a request that was answered already (#before) is request_was_handled_before, and keeps its first answer"() {
        given:
        def challenge = combinedChallenge()
        answer.call(this, challenge)
        def answered = flowOf(challenge)

        when:
        loginsAndConsents.accept(login(challenge, [subject: 'bob']), consent(challenge))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.REQUEST_HANDLED_BEFORE
        flowOf(challenge) == answered

        where:
        before                                   | answer
        'by the app'                             | { AcceptLoginAndConsentServiceSpec spec, String c -> spec.loginsAndConsents.accept(login(c), consent(c)) }
        'by the login app\'s acceptance'         | { AcceptLoginAndConsentServiceSpec spec, String c -> spec.logins.accept(login(c)) }
        'by the login app\'s rejection'          | { AcceptLoginAndConsentServiceSpec spec, String c ->
            spec.loginRejections.reject(new RejectAnswer(c, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())) }
    }

    def "of two answers arriving together, the one stored second is request_was_handled_before"() {
        given:
        def challenge = combinedChallenge()
        def interleaving = new InterleavingFlowRepository(flows)
        def service = new AcceptLoginAndConsentService(interleaving, clients, secrets, clock)
        interleaving.beforeNextUpdate { loginsAndConsents.accept(login(challenge, [subject: 'bob']), consent(challenge)) }

        when:
        service.accept(login(challenge), consent(challenge))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.REQUEST_HANDLED_BEFORE
        flowOf(challenge).subject() == Optional.of('bob')
    }

    def "a login and a consent answer to different requests are a programming error, and change neither"() {
        given:
        def one = combinedChallenge()
        def other = combinedChallenge()

        when:
        loginsAndConsents.accept(login(one), consent(other))

        then:
        thrown(IllegalArgumentException)
        flowOf(one).stage() == FlowStage.LOGIN_REQUESTED
        flowOf(other).stage() == FlowStage.LOGIN_REQUESTED
    }
}
