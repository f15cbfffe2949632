package dev.portcullis.application.authorization

import dev.portcullis.application.token.ClientKeys
import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.fakes.FakeRemoteDocuments
import dev.portcullis.application.fakes.FakeLoginSessionRepository
import dev.portcullis.application.grant.AuthenticatedClient
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.application.grant.authorizationcode.AuthorizationCodeGrantHandler
import dev.portcullis.application.grant.flow.FlowTokens
import dev.portcullis.application.grant.flow.GrantRevocation
import dev.portcullis.application.grant.flow.IdTokens
import dev.portcullis.application.grant.refreshtoken.RefreshTokenGrantHandler
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.token.AccessTokens
import dev.portcullis.application.token.TokenServiceSpecification
import dev.portcullis.domain.authorization.AuthorizationFlow
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.PkceChallenge
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

import java.time.Duration

/**
 * The authorization code flow over the fakes: the real use cases of the authorization endpoint, of the login
 * and consent app and of the token endpoint's code and refresh grants, each built afresh on use so that it
 * sees the settings the feature chose. The browser is a cookie jar; the login and consent app are played by
 * their use cases. Storage starts with an ID token key and the web app {@link #CLIENT_ID}.
 */
abstract class AuthorizationFlowSpecification extends TokenServiceSpecification {

    static final String CLIENT_ID = 'web-app'
    static final String CALLBACK = 'https://app.example.com/cb'
    static final String API = 'https://api.example.com'
    /** RFC 7636 Appendix B's verifier; requests carry its S256 challenge. */
    static final String VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    static final String STATE = 'af0ifjsldkj'
    static final String NONCE = 'n-0S6_WzA2Mj'
    static final String AUTHORIZATION_ENDPOINT = 'https://as.example.com/oauth2/auth'
    static final String LOGIN_URL = 'https://as.example.com/ui/login'
    static final String CONSENT_URL = 'https://as.example.com/ui/consent'
    /** The one app of ORY Hydra's early design, used when a feature sets {@link #loginAndConsentUrl}. */
    static final String LOGIN_AND_CONSENT_URL = 'https://as.example.com/ui/login-and-consent'
    static final Duration CODE_LIFESPAN = Duration.ofMinutes(5)
    static final Duration REQUEST_LIFESPAN = Duration.ofMinutes(30)
    static final Duration SESSION_LIFESPAN = Duration.ofDays(30)

    FakeFlowRepository flows = new FakeFlowRepository()
    FakeLoginSessionRepository loginSessions = new FakeLoginSessionRepository()
    FlowSecrets secrets = new FlowSecrets(randomness, digest)
    IdTokenHints hints = new IdTokenHints(codec, keyRing, 'https://auth.example.com')
    BrowserSessions browserSessions = new BrowserSessions(loginSessions, secrets)
    GrantRevocation revocation = new GrantRevocation(flows, tokens)
    FakeForeignJwts foreignJwts = new FakeForeignJwts()
    FakeRemoteDocuments remoteDocuments = new FakeRemoteDocuments()
    /** Kept across the feature, as the server keeps it: its cache of clients' JWK Sets is what some features look at. */
    ClientKeys clientKeys = new ClientKeys(remoteDocuments, foreignJwts, clock)

    /** A feature may change the server's flow settings before it drives the flow. */
    boolean pkceRequired = true
    boolean plainPkceAllowed = false
    Optional<String> errorUrl = Optional.empty()
    /** Empty for separate login and consent apps; {@link #LOGIN_AND_CONSENT_URL} for one app answering both. */
    Optional<String> loginAndConsentUrl = Optional.empty()

    /** The browser's cookies, as the authorization endpoint set them. */
    Map<String, String> cookies = [:]

    Client client

    def setup() {
        keys.add(keyMaker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.RS256, START))
        client = register(webApp(), CLIENT_ID)
    }

    /** The web app: code and refresh grants, a secret, one redirect URI, openid, offline_access, profile and email, one audience. */
    static ClientMetadata.Builder webApp() {
        Clients.webApp()
                .redirectUris([RedirectUri.parse(CALLBACK, 'redirect_uris')])
                .scope(Scopes.of(['openid', 'offline_access', 'profile', 'email']))
                .audience(Audience.of([API]))
    }

    AuthorizationSettings getAuthorizationSettings() {
        new AuthorizationSettings(LOGIN_URL, CONSENT_URL, 'https://as.example.com/ui/logout', errorUrl,
                'https://as.example.com/ui/logged-out', AUTHORIZATION_ENDPOINT, 'https://as.example.com/oauth2/sessions/logout',
                CODE_LIFESPAN, REQUEST_LIFESPAN, SESSION_LIFESPAN, pkceRequired, plainPkceAllowed, loginAndConsentUrl)
    }

    AuthorizeService getAuthorize() {
        new AuthorizeService(clients, flows, browserSessions, secrets, hints, randomness, settings, authorizationSettings,
                new RequestObjects(foreignJwts, remoteDocuments, clientKeys, settings.issuerValue(), clock),
                flowTokensOver(tokens), clock)
    }

    GetLoginRequestService getLoginRequests() {
        new GetLoginRequestService(flows, clients, secrets, hints, clock)
    }

    AcceptLoginRequestService getLogins() {
        new AcceptLoginRequestService(flows, secrets, authorizationSettings, clock)
    }

    RejectLoginRequestService getLoginRejections() {
        new RejectLoginRequestService(flows, secrets, authorizationSettings, clock)
    }

    GetConsentRequestService getConsentRequests() {
        new GetConsentRequestService(flows, clients, secrets, hints, clock)
    }

    AcceptConsentRequestService getConsents() {
        new AcceptConsentRequestService(flows, clients, secrets, authorizationSettings, clock)
    }

    RejectConsentRequestService getConsentRejections() {
        new RejectConsentRequestService(flows, secrets, authorizationSettings, clock)
    }

    AcceptLoginAndConsentService getLoginsAndConsents() {
        new AcceptLoginAndConsentService(flows, clients, secrets, clock)
    }

    RevokeConsentSessionsService getConsentRevocations() {
        new RevokeConsentSessionsService(flows, revocation)
    }

    AuthorizationCodeGrantHandler getCodes() {
        codesOver(flows, tokens)
    }

    RefreshTokenGrantHandler getRefreshes() {
        refreshesOver(flows, tokens)
    }

    /** The code grant's handler over other storage, such as an interleaving view of the feature's. */
    AuthorizationCodeGrantHandler codesOver(FlowRepository flowStore, TokenRepository tokenStore) {
        new AuthorizationCodeGrantHandler(flowStore, digest, flowTokensOver(tokenStore), new GrantRevocation(flowStore, tokenStore), clock)
    }

    /** The refresh grant's handler over other storage, such as an interleaving view of the feature's. */
    RefreshTokenGrantHandler refreshesOver(FlowRepository flowStore, TokenRepository tokenStore) {
        new RefreshTokenGrantHandler(flowStore, tokenStore, digest, flowTokensOver(tokenStore),
                new GrantRevocation(flowStore, tokenStore), settings, clock)
    }

    FlowTokens flowTokensOver(TokenRepository tokenStore) {
        new FlowTokens(new AccessTokens(settings, tokenStore, digest, codec, keyRing, randomness, clock),
                new IdTokens(settings, codec, keyRing, randomness, clock))
    }

    // ---- the browser ----

    BrowserRequest browser(Map<String, String> parameters, Map<String, String> jar = cookies, Set<String> repeated = [] as Set) {
        new BrowserRequest(parameters, repeated, jar, AUTHORIZATION_ENDPOINT + '?client_id=' + parameters.client_id)
    }

    /** The browser sends {@code parameters} to the authorization endpoint and keeps the cookies it is told to. */
    BrowserResponse send(Map<String, String> parameters, Map<String, String> jar = cookies) {
        def answer = authorize.authorize(browser(parameters, jar))
        answer.cookies().each { change -> change.value().ifPresentOrElse({ jar[change.name()] = it }, { jar.remove(change.name()) }) }
        answer
    }

    /**
     * The web app's authorization request for openid and offline_access, with S256 PKCE, state and nonce;
     * {@code changes} add or replace parameters, or drop them when set to null.
     */
    static Map<String, String> authorizationRequest(Map<String, String> changes = [:]) {
        changed([response_type : 'code', client_id: CLIENT_ID, redirect_uri: CALLBACK, scope: 'openid offline_access',
                 code_challenge: PkceChallenge.s256(VERIFIER), code_challenge_method: 'S256', state: STATE, nonce: NONCE], changes)
    }

    /** The browser starts the flow; the login challenge it is sent to the login app with. */
    String loginChallenge(Map<String, String> changes = [:]) {
        def answer = send(authorizationRequest(changes))
        assert answer instanceof BrowserResponse.Redirect: answer
        assert answer.location().startsWith(LOGIN_URL + '?')
        parameters(answer.location()).login_challenge
    }

    /** The login app accepts the login as {@code subject}: the parameters the browser brings back. */
    Map<String, String> acceptLogin(String challenge, String subject = 'ada', boolean remember = false) {
        parameters(logins.accept(new LoginAnswer(challenge, subject, remember, 0, Optional.empty(), ['pwd'],
                JsonDocument.EMPTY)).redirectTo())
    }

    /** The login is accepted and the browser brings its verifier back: the consent challenge it is sent on with. */
    String consentChallenge(String loginChallenge, String subject = 'ada', boolean remember = false) {
        def answer = send(acceptLogin(loginChallenge, subject, remember))
        assert answer instanceof BrowserResponse.Redirect: answer
        assert answer.location().startsWith(CONSENT_URL + '?')
        parameters(answer.location()).consent_challenge
    }

    /** The consent app grants {@code scope} (and {@code audience}): the parameters the browser brings back. */
    Map<String, String> acceptConsent(String challenge, List<String> scope, List<String> audience = [], Map options = [:]) {
        parameters(consents.accept(new ConsentAnswer(challenge, scope, audience, options.remember as boolean,
                (options.rememberFor ?: 0) as long, new JsonDocument(options.idTokenClaims as Map ?: [:]),
                new JsonDocument(options.accessTokenClaims as Map ?: [:]))).redirectTo())
    }

    /** With one app for login and consent, the browser starts the flow: the challenge it is sent to the app with. */
    String combinedChallenge(Map<String, String> changes = [:], Map<String, String> jar = cookies) {
        def answer = send(authorizationRequest(changes), jar)
        assert answer instanceof BrowserResponse.Redirect: answer
        assert answer.location().startsWith(LOGIN_AND_CONSENT_URL + '?')
        parameters(answer.location()).consent
    }

    /**
     * The one app logs {@code subject} in and grants at once what {@code answer} says: its {@code subject} (default
     * ada), {@code rememberLogin}, {@code scope} (default openid and offline_access), {@code audience},
     * {@code remember}, {@code rememberFor}, {@code idTokenClaims} and {@code accessTokenClaims}. The parameters the
     * browser brings back to the authorization endpoint.
     */
    Map<String, String> acceptLoginAndConsent(String challenge, Map answer = [:]) {
        loginsAndConsents.accept(
                new LoginAnswer(challenge, answer.containsKey('subject') ? answer.subject as String : 'ada',
                        answer.rememberLogin as boolean, 0, Optional.empty(), ['pwd'], JsonDocument.EMPTY),
                new ConsentAnswer(challenge, (answer.containsKey('scope') ? answer.scope : ['openid', 'offline_access']) as List<String>,
                        (answer.audience ?: []) as List<String>, answer.remember as boolean, (answer.rememberFor ?: 0) as long,
                        new JsonDocument(answer.idTokenClaims as Map ?: [:]), new JsonDocument(answer.accessTokenClaims as Map ?: [:])))
        parameters(authorizationSettings.combinedContinuation(challenge))
    }

    /**
     * The authorization response to the web app at the end of a flow in which ada logs in and the consent app grants
     * what {@code consent} says: its {@code scope} (default: the requested one), {@code audience}, {@code remember},
     * {@code rememberFor}, {@code idTokenClaims} and {@code accessTokenClaims}.
     */
    BrowserResponse.ToClient authorizationResponse(Map<String, String> changes = [:], Map consent = [:]) {
        def request = authorizationRequest(changes)
        def challenge = consentChallenge(loginChallenge(changes), consent.subject as String ?: 'ada', consent.rememberLogin as boolean)
        List<String> scope = consent.containsKey('scope') ? consent.scope as List<String>
                : request.scope ? request.scope.split(' ') as List<String> : []
        def answer = send(acceptConsent(challenge, scope, (consent.audience ?: []) as List<String>, consent))
        assert answer instanceof BrowserResponse.ToClient: answer
        answer
    }

    /** The code the web app gets at the end of {@link #authorizationResponse}. */
    String code(Map<String, String> changes = [:], Map consent = [:]) {
        authorizationResponse(changes, consent).parameters().code
    }

    /** The client redeems {@code code} with the redirect URI and verifier of the default request, changed as {@code changes} say. */
    TokenResponse redeem(String code, Map<String, String> changes = [:], Client by = client) {
        codes.handle(new TokenRequest(GrantType.AUTHORIZATION_CODE,
                changed([code: code, redirect_uri: CALLBACK, code_verifier: VERIFIER], changes)), authenticated(by))
    }

    TokenResponse refresh(String refreshToken, Map<String, String> more = [:], Client by = client) {
        refreshes.handle(new TokenRequest(GrantType.REFRESH_TOKEN, [refresh_token: refreshToken] + more), authenticated(by))
    }

    static AuthenticatedClient authenticated(Client client) {
        new AuthenticatedClient(client, client.metadata().tokenEndpointAuthMethod())
    }

    /** The flow a code belongs to. */
    AuthorizationFlow flowOfCode(String code) {
        flows.findBy(FlowRepository.Key.CODE, digest.digest(code)).orElseThrow()
    }

    /** Ada withdraws every consent she gave the web app. */
    int revokeConsents(String subject = 'ada') {
        consentRevocations.revoke(new ConsentSessionQuery(subject, Optional.of(new ClientId(CLIENT_ID))))
    }

    static Map<String, String> changed(Map<String, String> parameters, Map<String, ?> changes) {
        def result = new LinkedHashMap<String, String>(parameters)
        changes.each { name, value -> value == null ? result.remove(name) : result.put(name, value as String) }
        result
    }

    /** The query parameters of {@code url}, decoded. */
    static Map<String, String> parameters(String url) {
        def query = URI.create(url).rawQuery
        if (!query) {
            return [:]
        }
        query.split('&').collectEntries { pair ->
            def (name, value) = pair.split('=', 2) as List
            [URLDecoder.decode(name, 'UTF-8'), URLDecoder.decode(value, 'UTF-8')]
        }
    }
}
