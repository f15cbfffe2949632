package dev.portcullis.application.port

import dev.portcullis.domain.authorization.AuthorizationFlow
import dev.portcullis.domain.authorization.AuthorizationRequest
import dev.portcullis.domain.authorization.ClaimsRequest
import dev.portcullis.domain.authorization.ConsentAcceptance
import dev.portcullis.domain.authorization.LoginAcceptance
import dev.portcullis.domain.authorization.LoginSession
import dev.portcullis.domain.authorization.LogoutRequest
import dev.portcullis.domain.authorization.Rejection
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.PkceChallenge
import dev.portcullis.domain.grant.Prompt
import dev.portcullis.domain.grant.ResponseMode
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.token.TokenSignature

import java.time.Duration
import java.time.Instant

/**
 * Login, consent and logout fixtures for the storage contracts, with safe defaults. Every keyed hash is derived
 * from the name of the flow, session or request it belongs to, so that two fixtures with different names never
 * share one. Times have milliseconds, the precision the ports keep.
 */
final class Flows {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00.123Z')

    private Flows() {
    }

    /**
     * A keyed hash readable in failures: the name padded to the shortest allowed length, with a character no
     * name ends in, so that {@code racer-1} and {@code racer-10} stay apart.
     */
    static TokenSignature hash(String name) {
        new TokenSignature(name.padRight(16, '_'))
    }

    static GrantId grant(String name) {
        new GrantId("grant-$name")
    }

    /** The request of a client that asked for nothing optional. */
    static AuthorizationRequest request(String client = 'client-a') {
        new AuthorizationRequest(new ClientId(client), 'https://app.example.com/callback', false, ResponseMode.QUERY,
                Scopes.of(['openid']), Audience.NONE, Optional.empty(), Optional.empty(), Optional.empty(), Prompt.UNSPECIFIED,
                Optional.empty(), Optional.empty(), Optional.empty(), [], [], Optional.empty(),
                "https://auth.example.com/oauth2/auth?client_id=$client")
    }

    /** A request with every parameter, several of them in an order that is not sorted. */
    static AuthorizationRequest fullRequest(String client = 'client-a') {
        new AuthorizationRequest(new ClientId(client), 'https://app.example.com/callback?from=login', true,
                ResponseMode.FORM_POST, Scopes.of(['openid', 'offline_access', 'write:all', 'profile']),
                Audience.of(['urn:billing', 'https://api.example.com', 'an-audience-with-"quotes",\\-and-ü']),
                Optional.of('state with spaces & symbols ✓'), Optional.of('n-0S6_WzA2Mj'),
                Optional.of(new PkceChallenge('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', PkceChallenge.Method.S256)),
                Prompt.parse('login consent'), Optional.of(3600L), Optional.of('alice@example.com'),
                Optional.of('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl'), ['fr-CA', 'en'],
                ['urn:mace:incommon:iap:silver', 'loa-1'], Optional.of('popup'),
                "https://auth.example.com/oauth2/auth?client_id=$client&response_type=code&scope=openid",
                ClaimsRequest.parse('{"userinfo":{"name":null,"email":{"essential":true}},"id_token":{"acr":{"values":["loa-1",2]}}}'))
    }

    /** A request whose optional text parameters are present but empty, and whose max_age is zero. */
    static AuthorizationRequest requestWithEmptyText() {
        new AuthorizationRequest(new ClientId('client-a'), 'https://app.example.com/callback', true, ResponseMode.FRAGMENT,
                Scopes.NONE, Audience.NONE, Optional.of(''), Optional.of(''), Optional.empty(), Prompt.parse('none'),
                Optional.of(0L), Optional.of(''), Optional.of(''), [''], [], Optional.of(''), '')
    }

    static LoginSession session(Map fields = [:], String name) {
        Instant authenticatedAt = fields.getOrDefault('authenticatedAt', NOW) as Instant
        new LoginSession("sid-$name", hash("cookie-$name"), fields.getOrDefault('subject', 'alice') as String,
                authenticatedAt, fields.getOrDefault('remembered', true) as boolean,
                fields.getOrDefault('expiresAt', authenticatedAt.plus(Duration.ofDays(30))) as Instant)
    }

    /** The login app's acceptance, with claims-like context that exercises every kind of JSON value. */
    static LoginAcceptance login(String subject = 'alice') {
        new LoginAcceptance(subject, true, Duration.ofHours(1), Optional.of('urn:mace:incommon:iap:silver'),
                ['pwd', 'otp'], new JsonDocument([
                        tier  : 'gold', limits: [rps: 10, burst: 2.5, ratio: 0.1], tags: ['b', 'a'], flag: true,
                        none  : null, big: 2G ** 70, negative: -7, huge: 10_000_000_000L, empty: [:], text: 'ü "quoted"',
                        nested: [[deep: [1, 2.25, 'x', [false]]]]]),
                NOW.plusMillis(5))
    }

    static ConsentAcceptance consent(Map fields = [:]) {
        new ConsentAcceptance(Scopes.of(fields.getOrDefault('scope', ['openid', 'profile']) as List<String>),
                Audience.of(['https://api.example.com', 'urn:billing']), true,
                fields.getOrDefault('rememberFor', Duration.ofDays(30)) as Duration,
                new JsonDocument([email: 'alice@example.com', email_verified: true, groups: ['admin', 'dev']]),
                new JsonDocument([tenant: 't-1', level: 3, quota: 1.5]),
                NOW.plusMillis(9),
                new JsonDocument([given_name: 'Alice', updated_at: 1700000000, phone_number_verified: false,
                                  address: [street_address: '1 Main St', postal_code: '02134']]))
    }

    /**
     * A flow waiting for the login app, of {@code client} (default client-a), requested at {@code requestedAt}
     * (default {@link #NOW}), kept an hour unless {@code expiresAt} says otherwise, optionally on a
     * {@code remembered} session and with the {@code request} given.
     */
    static AuthorizationFlow started(Map fields = [:], String name) {
        Instant requestedAt = fields.getOrDefault('requestedAt', NOW) as Instant
        AuthorizationRequest asked = fields.request as AuthorizationRequest ?: request(fields.client as String ?: 'client-a')
        AuthorizationFlow.start(grant(name), asked, requestedAt, hash("csrf-$name"), hash("lc-$name"),
                Optional.ofNullable(fields.remembered as LoginSession),
                fields.getOrDefault('expiresAt', requestedAt.plus(Duration.ofHours(1))) as Instant)
    }

    /** A flow whose login {@code subject} accepted (default alice). */
    static AuthorizationFlow loginAccepted(Map fields = [:], String name) {
        started(fields, name).acceptLogin(login(fields.getOrDefault('subject', 'alice') as String), hash("lv-$name"))
    }

    static AuthorizationFlow loginRejected(String name) {
        started(name).rejectLogin(rejection(true), hash("lv-$name"))
    }

    static AuthorizationFlow consentRejected(String name) {
        loginAccepted(name)
                .requestConsent("sid-$name", hash("cc-$name"), false)
                .rejectConsent(rejection(false), hash("cv-$name"))
    }

    /** A flow whose consent was given and answered, without a code yet. */
    static AuthorizationFlow consentAccepted(Map fields = [:], String name) {
        loginAccepted(fields, name)
                .requestConsent("sid-$name", hash("cc-$name"), false)
                .acceptConsent(consent(), hash("cv-$name"))
    }

    /** A flow whose code went to the client: its consent is in force. */
    static AuthorizationFlow consented(Map fields = [:], String name) {
        Instant requestedAt = fields.getOrDefault('requestedAt', NOW) as Instant
        consentAccepted(fields, name).issueCode(hash("code-$name"), requestedAt.plus(Duration.ofMinutes(10)),
                fields.getOrDefault('expiresAt', requestedAt.plus(Duration.ofDays(30))) as Instant)
    }

    /** An implicit request ({@code id_token token}, no PKCE, the fragment) whose tokens went to the client. */
    static AuthorizationFlow tokensIssued(Map fields = [:], String name) {
        String client = fields.client as String ?: 'client-a'
        def implicit = new AuthorizationRequest(new ClientId(client), 'https://app.example.com/callback', true,
                ResponseMode.FRAGMENT, Scopes.of(['openid', 'profile']), Audience.NONE, Optional.of('st'),
                Optional.of('n-implicit'), Optional.empty(), Prompt.UNSPECIFIED, Optional.empty(), Optional.empty(),
                Optional.empty(), [], [], Optional.empty(),
                "https://auth.example.com/oauth2/auth?client_id=$client&response_type=id_token%20token",
                ClaimsRequest.NONE, ResponseType.ID_TOKEN_TOKEN)
        Instant requestedAt = fields.getOrDefault('requestedAt', NOW) as Instant
        consentAccepted(fields + [request: implicit], name)
                .issueTokens(fields.getOrDefault('expiresAt', requestedAt.plus(Duration.ofDays(30))) as Instant)
    }

    /** A flow with every field that can be set set: a full request on a remembered session, through to its code. */
    static AuthorizationFlow everything(String name) {
        started(name, request: fullRequest(), remembered: session("remembered-$name"))
                .acceptLogin(login(), hash("lv-$name"))
                .requestConsent("sid-$name", hash("cc-$name"), true)
                .acceptConsent(consent(), hash("cv-$name"))
                .issueCode(hash("code-$name"), NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofDays(90)).plusMillis(7))
    }

    static Rejection rejection(boolean described) {
        described
                ? new Rejection(ErrorCode.ACCESS_DENIED, Optional.of('The user said no.'), Optional.of('Try another one.'), 403)
                : new Rejection(new ErrorCode('custom_error'), Optional.empty(), Optional.empty(), 400)
    }

    /** {@code flow} under another id, holding every keyed hash it holds. */
    static AuthorizationFlow withId(AuthorizationFlow flow, String name) {
        new AuthorizationFlow(grant(name), flow.version(), flow.stage(), flow.request(), flow.requestedAt(), flow.csrf(),
                flow.loginChallenge(), flow.remembered(), flow.login(), flow.loginVerifier(), flow.sessionId(),
                flow.consentChallenge(), flow.consentSkip(), flow.consent(), flow.consentVerifier(), flow.rejection(),
                flow.code(), flow.codeExpiresAt(), flow.expiresAt())
    }

    /** A logout request waiting for the logout app, kept ten minutes unless {@code expiresAt} says otherwise. */
    static LogoutRequest logout(Map fields = [:], String name) {
        boolean full = fields.getOrDefault('full', true)
        new LogoutRequest(hash("lo-$name"), 0, LogoutRequest.Stage.REQUESTED, 'alice', "sid-$name",
                full ? Optional.of(new ClientId('client-a')) : Optional.empty(),
                full ? Optional.of('https://app.example.com/bye?see=you') : Optional.empty(),
                full ? Optional.of('state ✓') : Optional.empty(), full,
                "https://auth.example.com/oauth2/sessions/logout?state=x",
                Optional.empty(), fields.getOrDefault('expiresAt', NOW.plus(Duration.ofMinutes(10))) as Instant)
    }

    /** A finished logout request whose optional text is present but empty. */
    static LogoutRequest logoutWithEmptyText(String name) {
        new LogoutRequest(hash("lo-$name"), 3, LogoutRequest.Stage.DONE, 'bob', "sid-$name", Optional.empty(),
                Optional.of(''), Optional.of(''), false, '', Optional.of(hash("lv-$name")), NOW.plusMillis(1))
    }
}
