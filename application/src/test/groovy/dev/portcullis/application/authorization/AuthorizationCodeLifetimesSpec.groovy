package dev.portcullis.application.authorization

import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeLoginSessionRepository
import dev.portcullis.application.fakes.FakeLogoutRequestRepository
import dev.portcullis.application.grant.FlowTokens
import dev.portcullis.application.grant.authorizationcode.AuthorizationCodeGrantHandler
import dev.portcullis.application.grant.refreshtoken.RefreshTokenGrantHandler
import dev.portcullis.application.token.AuthenticatedClient
import dev.portcullis.application.token.IdTokens
import dev.portcullis.application.token.TokenRequest
import dev.portcullis.application.token.TokenServiceSpecification
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.PkceChallenge
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

import java.time.Duration

/**
 * What only a clock can show: codes, requests and verifiers expire; and what follows a revoked consent. The flow
 * runs through the real use cases over the fakes, the login and consent app played by their use cases.
 */
class AuthorizationCodeLifetimesSpec extends TokenServiceSpecification {

    static final String CALLBACK = 'https://app.example.com/cb'
    static final String VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'

    FakeFlowRepository flows = new FakeFlowRepository()
    FakeLoginSessionRepository loginSessions = new FakeLoginSessionRepository()
    AuthorizationSettings authorizationSettings = new AuthorizationSettings('https://as/ui/login', 'https://as/ui/consent',
            'https://as/ui/logout', Optional.empty(), 'https://as/ui/logged-out', Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofDays(30), true, false)

    AuthorizationContext context
    AuthorizeService authorize
    LoginRequestsService logins
    ConsentRequestsService consents
    SessionsService sessions
    AuthorizationCodeGrantHandler codes
    RefreshTokenGrantHandler refreshes
    Client client

    def setup() {
        keys.add(keyMaker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.RS256, START))
        context = new AuthorizationContext(clients, flows, loginSessions, new FakeLogoutRequestRepository(), randomness,
                digest, codec, keyRing, settings, authorizationSettings, clock)
        authorize = new AuthorizeService(context, accessTokens)
        logins = new LoginRequestsService(context)
        consents = new ConsentRequestsService(context)
        sessions = new SessionsService(context, tokens)
        def flowTokens = new FlowTokens(accessTokens, new IdTokens(settings, codec, keyRing, randomness, clock))
        codes = new AuthorizationCodeGrantHandler(flows, tokens, digest, flowTokens, clock)
        refreshes = new RefreshTokenGrantHandler(flows, tokens, digest, flowTokens, settings, clock)
        client = register(ClientMetadata.builder()
                .redirectUris([RedirectUri.parse(CALLBACK, 'redirect_uris')])
                .grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN] as Set)
                .responseTypes([ResponseType.CODE] as Set)
                .scope(Scopes.of(['openid', 'offline_access']))
                .tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC))
    }

    def "a code redeemed after its lifespan is invalid_grant"() {
        given:
        def code = code()

        when:
        clock.advance(Duration.ofMinutes(5))
        redeem(code)

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_grant'
    }

    def "a code redeemed just before its lifespan ends works"() {
        given:
        def code = code()

        when:
        clock.advance(Duration.ofMinutes(5).minusMillis(1))

        then:
        redeem(code).accessToken()
    }

    def "a login request left unanswered past the request lifespan is not_found"() {
        given:
        def challenge = loginChallenge()

        when:
        clock.advance(Duration.ofMinutes(30))
        logins.get(challenge)

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'not_found'
    }

    def "a verifier brought back after the request lifespan shows an error instead of going on"() {
        given:
        def challenge = loginChallenge()
        def redirectTo = logins.accept(challenge, new LoginAnswer('ada', false, 0, Optional.empty(), [], [:])).redirectTo()

        when:
        clock.advance(Duration.ofMinutes(30))
        def answer = authorize.authorize(browser(parameters(redirectTo)))

        then:
        answer instanceof BrowserResponse.ShowError
    }

    def "after the consent is revoked its refresh token is invalid_grant"() {
        given:
        def tokens = redeem(code())

        when:
        assert sessions.revokeConsentSessions('ada', Optional.of('machine')) == 1
        refreshes.handle(new TokenRequest(GrantType.REFRESH_TOKEN, [refresh_token: tokens.refreshToken().get()]),
                new AuthenticatedClient(client, AuthMethod.CLIENT_SECRET_BASIC))

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_grant'
    }

    // ---- helpers ----

    Map<String, String> cookies = [:]

    BrowserRequest browser(Map<String, String> parameters) {
        new BrowserRequest(parameters, [] as Set, cookies, 'https://as/oauth2/auth')
    }

    BrowserResponse send(Map<String, String> parameters) {
        def answer = authorize.authorize(browser(parameters))
        answer.cookies().each { change -> change.value().ifPresentOrElse({ cookies[change.name()] = it }, { cookies.remove(change.name()) }) }
        answer
    }

    String loginChallenge() {
        def answer = send([response_type: 'code', client_id: 'machine', redirect_uri: CALLBACK, scope: 'openid offline_access',
                           code_challenge: PkceChallenge.s256(VERIFIER), code_challenge_method: 'S256', nonce: 'n'])
        assert answer instanceof BrowserResponse.Redirect: answer
        parameters(answer.location()).login_challenge
    }

    String code() {
        def loginRedirect = logins.accept(loginChallenge(), new LoginAnswer('ada', false, 0, Optional.empty(), [], [:])).redirectTo()
        def toConsent = send(parameters(loginRedirect)) as BrowserResponse.Redirect
        def consentChallenge = parameters(toConsent.location()).consent_challenge
        def consentRedirect = consents.accept(consentChallenge, new ConsentAnswer(['openid', 'offline_access'], [], false, 0,
                [:], [:])).redirectTo()
        def toClient = send(parameters(consentRedirect)) as BrowserResponse.ToClient
        toClient.parameters().code
    }

    def redeem(String code) {
        codes.handle(new TokenRequest(GrantType.AUTHORIZATION_CODE, [code: code, redirect_uri: CALLBACK, code_verifier: VERIFIER]),
                new AuthenticatedClient(client, AuthMethod.CLIENT_SECRET_BASIC))
    }

    static Map<String, String> parameters(String url) {
        URI.create(url).rawQuery.split('&').collectEntries { pair ->
            def (name, value) = pair.split('=', 2) as List
            [URLDecoder.decode(name, 'UTF-8'), URLDecoder.decode(value, 'UTF-8')]
        }
    }
}
