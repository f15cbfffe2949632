package dev.portcullis.domain.authorization

import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.Prompt
import dev.portcullis.domain.grant.ResponseMode
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.token.TokenSignature
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

class AuthorizationFlowSpec extends Specification {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')

    static TokenSignature hash(String name) {
        new TokenSignature(name.padRight(22, 'x'))
    }

    static AuthorizationRequest request(Scopes scope = Scopes.of(['openid'])) {
        new AuthorizationRequest(new ClientId('app'), 'https://app.example.com/cb', true, ResponseMode.QUERY, scope,
                Audience.NONE, Optional.of('state'), Optional.of('nonce'), Optional.empty(), Prompt.UNSPECIFIED,
                Optional.empty(), Optional.empty(), Optional.empty(), [], [], Optional.empty(), 'https://as.example.com/oauth2/auth')
    }

    static LoginAcceptance login(String subject = 'ada') {
        new LoginAcceptance(subject, true, Duration.ofHours(1), Optional.of('acr'), ['pwd'], JsonDocument.EMPTY, NOW)
    }

    static ConsentAcceptance consent(boolean remember = true, Duration rememberFor = Duration.ZERO) {
        new ConsentAcceptance(Scopes.of(['openid', 'email']), Audience.of(['https://api']), remember, rememberFor,
                JsonDocument.EMPTY, JsonDocument.EMPTY, NOW)
    }

    static AuthorizationFlow started(Optional<LoginSession> remembered = Optional.empty()) {
        AuthorizationFlow.start(new GrantId('flow-0001'), request(), NOW, hash('csrf'), hash('login-challenge'), remembered,
                NOW.plusSeconds(1800))
    }

    def "each answer moves the flow one stage on, and the version with it"() {
        when:
        def flow = started()
                .acceptLogin(login(), hash('login-verifier'))
                .requestConsent('sid-1', hash('consent-challenge'), false)
                .acceptConsent(consent(), hash('consent-verifier'))
                .issueCode(hash('code'), NOW.plusSeconds(600), NOW.plusSeconds(3600))

        then:
        flow.stage() == FlowStage.CODE_ISSUED
        flow.version() == 4
        flow.subject() == Optional.of('ada')
        flow.sessionId() == Optional.of('sid-1')
        flow.code() == Optional.of(hash('code'))
        flow.expiresAt() == NOW.plusSeconds(3600)

        when:
        def redeemed = flow.redeemCode()

        then:
        redeemed.stage() == FlowStage.CODE_REDEEMED
        redeemed.stage().isConsented()
        redeemed.revoke().stage() == FlowStage.REVOKED
        !FlowStage.REVOKED.isConsented()
    }

    def "a step out of order is refused: #what"() {
        when:
        step.call()

        then:
        thrown(IllegalStateException)

        where:
        what                             | step
        'consent before login'           | { -> started().acceptConsent(consent(), hash('v')) }
        'two login answers'              | { -> started().acceptLogin(login(), hash('a')).acceptLogin(login(), hash('b')) }
        'a code before consent'          | { -> started().acceptLogin(login(), hash('a')).issueCode(hash('c'), NOW, NOW) }
        'consent after a rejected login' | { -> started().rejectLogin(rejection(), hash('a')).requestConsent('s', hash('c'), false) }
        'redeeming twice'                | { -> codeIssued().redeemCode().redeemCode() }
        'revoking a pending flow'        | { -> started().revoke() }
        'failing after the code'         | { -> codeIssued().fail(Optional.empty()) }
    }

    def "one app's answer to login and consent moves a waiting flow straight to an accepted consent, one version on"() {
        when:
        def flow = started().acceptLoginAndConsent(login(), 'sid-1', consent())

        then:
        flow.stage() == FlowStage.CONSENT_ANSWERED
        flow.version() == 1
        flow.login() == Optional.of(login())
        flow.consent() == Optional.of(consent())
        flow.subject() == Optional.of('ada')
        flow.sessionId() == Optional.of('sid-1')
        !flow.consentSkip()
        flow.rejection().isEmpty()

        and: 'no verifier or consent challenge is handed out: the browser comes back with the login challenge'
        flow.loginVerifier().isEmpty()
        flow.consentChallenge().isEmpty()
        flow.consentVerifier().isEmpty()
        flow.loginChallenge() == hash('login-challenge')

        when:
        def issued = flow.issueCode(hash('code'), NOW.plusSeconds(600), NOW.plusSeconds(3600))

        then:
        issued.stage() == FlowStage.CODE_ISSUED
        issued.version() == 2
        issued.consented().map { it.subject() } == Optional.of('ada')
    }

    def "one app's answer to login and consent is refused #situation"() {
        when:
        flow.call().acceptLoginAndConsent(login(), 'sid-1', consent())

        then:
        thrown(IllegalStateException)

        where:
        situation                         | flow
        'after an accepted login'         | { -> started().acceptLogin(login(), hash('a')) }
        'after a rejected login'          | { -> started().rejectLogin(rejection(), hash('a')) }
        'while the consent app is asked'  | { -> started().acceptLogin(login(), hash('a')).requestConsent('sid', hash('b'), false) }
        'after it was given once'         | { -> started().acceptLoginAndConsent(login(), 'sid-1', consent()) }
        'once the code is issued'         | { -> codeIssued() }
        'once the flow failed'            | { -> started().fail(Optional.empty()) }
    }

    def "a rejection is kept and ends the flow as failed"() {
        when:
        def failed = started().rejectLogin(rejection(), hash('v')).fail(Optional.empty())

        then:
        failed.stage() == FlowStage.FAILED
        failed.rejection().get().toOAuthError().code().value() == 'access_denied'
        failed.rejection().get().toOAuthError().description() == 'no thanks (the user cancelled)'
    }

    def "a remembered session lets the login skip and names the subject"() {
        given:
        def session = new LoginSession('sid', hash('cookie'), 'grace', NOW.minusSeconds(60), true, NOW.plusSeconds(60))

        expect:
        started(Optional.of(session)).loginSkip()
        started(Optional.of(session)).subject() == Optional.of('grace')
        !started().loginSkip()
        started().subject().isEmpty()
    }

    def "keepUntil only ever extends"() {
        given:
        def flow = started()

        expect:
        flow.keepUntil(NOW).is(flow)
        flow.keepUntil(NOW.plusSeconds(7200)).expiresAt() == NOW.plusSeconds(7200)
    }

    def "a remembered consent covers requests for no more than it granted, until it expires"() {
        expect:
        consent(true, Duration.ZERO).covers(Scopes.of(['openid']), Audience.NONE, NOW.plusSeconds(10 ** 9))
        consent(true, Duration.ofHours(1)).covers(Scopes.of(['openid', 'email']), Audience.of(['https://api']), NOW.plusSeconds(3599))
        !consent(true, Duration.ofHours(1)).covers(Scopes.of(['openid']), Audience.NONE, NOW.plusSeconds(3600))
        !consent(true, Duration.ZERO).covers(Scopes.of(['openid', 'profile']), Audience.NONE, NOW)
        !consent(true, Duration.ZERO).covers(Scopes.of(['openid']), Audience.of(['https://other']), NOW)
        !consent(false, Duration.ZERO).covers(Scopes.of(['openid']), Audience.NONE, NOW)
        consent(false, Duration.ZERO).rememberedUntil().isEmpty()
        consent(true, Duration.ZERO).rememberedUntil() == Optional.of(Instant.MAX)
    }

    def "a login session admits a request while remembered, unexpired and younger than max_age"() {
        given:
        def session = new LoginSession('sid', hash('cookie'), 'ada', NOW, remembered, NOW.plusSeconds(3600))

        expect:
        session.admits(NOW.plusSeconds(elapsed), Optional.ofNullable(maxAge as Long)) == admits

        where:
        remembered | elapsed | maxAge | admits
        true       | 10      | null   | true
        true       | 3600    | null   | false
        false      | 10      | null   | false
        true       | 10      | 10     | true
        true       | 11      | 10     | false
        true       | 1       | 0      | false
    }

    def "an accepted login names its subject and a non-negative remember_for"() {
        when:
        new LoginAcceptance(subject, true, rememberFor, Optional.empty(), [], JsonDocument.EMPTY, NOW)

        then:
        thrown(IllegalArgumentException)

        where:
        subject | rememberFor
        ' '     | Duration.ZERO
        'ada'   | Duration.ofSeconds(-1)
    }

    static AuthorizationFlow codeIssued() {
        started().acceptLogin(login(), hash('a')).requestConsent('sid', hash('b'), false)
                .acceptConsent(consent(), hash('c')).issueCode(hash('d'), NOW.plusSeconds(600), NOW.plusSeconds(600))
    }

    static Rejection rejection() {
        new Rejection(dev.portcullis.domain.error.ErrorCode.ACCESS_DENIED, Optional.of('no thanks'),
                Optional.of('(the user cancelled)'), 403)
    }

    def "a flow is a consent in force exactly while its code is issued or redeemed"() {
        given:
        def issued = codeIssued()

        expect:
        issued.consented().map { it.subject() } == Optional.of('ada')
        issued.redeemCode().consented().isPresent()
        issued.redeemCode().revoke().consented().isEmpty()
        started().consented().isEmpty()
    }

    static AuthorizationFlow implicitConsentAnswered(ResponseType type = ResponseType.ID_TOKEN) {
        def base = request()
        def implicit = new AuthorizationRequest(base.clientId(), base.redirectUri(), true, ResponseMode.FRAGMENT,
                base.scope(), base.audience(), base.state(), base.nonce(), Optional.empty(), base.prompt(),
                base.maxAge(), base.loginHint(), base.idTokenHint(), [], [], Optional.empty(), base.requestUrl(),
                ClaimsRequest.NONE, type)
        AuthorizationFlow.start(new GrantId('flow-0002'), implicit, NOW, hash('csrf'), hash('login-challenge'),
                Optional.empty(), NOW.plusSeconds(1800))
                .acceptLogin(login(), hash('login-verifier'))
                .requestConsent('sid-1', hash('consent-challenge'), false)
                .acceptConsent(consent(), hash('consent-verifier'))
    }

    def "an implicit request's answered consent issues its tokens without a code: a consent in force, kept as long as asked"() {
        when:
        def flow = implicitConsentAnswered(type).issueTokens(NOW.plusSeconds(7200))

        then:
        flow.request().isImplicit()
        flow.stage() == FlowStage.TOKENS_ISSUED
        flow.code().isEmpty()
        flow.expiresAt() == NOW.plusSeconds(7200)
        flow.consented().isPresent()
        flow.revoke().stage() == FlowStage.REVOKED

        when:
        flow.fail(Optional.empty())

        then:
        thrown(IllegalStateException)

        where:
        type << [ResponseType.ID_TOKEN, ResponseType.ID_TOKEN_TOKEN]
    }

    def "a code request cannot issue tokens, nor an implicit one before its consent is answered"() {
        when:
        started().acceptLogin(login(), hash('lv')).requestConsent('sid', hash('cc'), false)
                .acceptConsent(consent(), hash('cv')).issueTokens(NOW.plusSeconds(60))

        then:
        thrown(IllegalStateException)
        !request().isImplicit()
        request().responseType() == ResponseType.CODE

        when:
        implicitConsentAnswered().issueTokens(NOW).issueTokens(NOW)

        then:
        thrown(IllegalStateException)
    }

    def "a consent in force has its login and consent"() {
        given:
        def flow = codeIssued()

        when:
        def consented = flow.consented().orElseThrow()

        then:
        consented.id() == flow.id()
        consented.login() == flow.login().orElseThrow()
        consented.consent() == flow.consent().orElseThrow()
        consented.request() == flow.request()
    }

    def "a flow that is not consented cannot be made one"() {
        when:
        new ConsentedFlow(started())

        then:
        thrown(IllegalArgumentException)
    }
}
