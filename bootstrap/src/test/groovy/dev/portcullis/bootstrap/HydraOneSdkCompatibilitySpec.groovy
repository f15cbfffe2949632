package dev.portcullis.bootstrap

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import okhttp3.Interceptor
import okhttp3.Response
import sh.ory.hydra.ApiClient
import sh.ory.hydra.ApiException
import sh.ory.hydra.api.AdminApi
import sh.ory.hydra.model.AcceptConsentRequest
import sh.ory.hydra.model.AcceptLoginRequest
import sh.ory.hydra.model.ConsentRequestSession
import sh.ory.hydra.model.FlushInactiveOAuth2TokensRequest
import sh.ory.hydra.model.OAuth2Client
import sh.ory.hydra.model.RejectRequest
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.security.MessageDigest
import java.time.OffsetDateTime
import java.util.concurrent.CopyOnWriteArrayList

/**
 * ORY's own Hydra 1.x Java SDK ({@code sh.ory.hydra:hydra-client}, its {@link AdminApi}) against the running
 * server, on Hydra's early paths without the {@code /admin} prefix: clients, introspection, flush, the login,
 * consent and logout requests, keys and token deletion. The SDK's admin calls declare no security, so its
 * {@link ApiClient} gets the admin bearer token as a default header, as an operator would configure it. An OkHttp
 * network interceptor writes down what the SDK really sends; a failing call shows those lines.
 *
 * Not covered: {@code acceptLogoutRequest}. The 1.11.8 SDK builds that bodiless PUT with
 * {@code RequestBody.create("", MediaType.parse(null))}, which throws a NullPointerException inside OkHttp before
 * anything is sent. ORY's current SDK does the logout accept in NodeSdkCompatibilitySpec.
 */
class HydraOneSdkCompatibilitySpec extends Specification {

    static final String CALLBACK = 'https://legacy.example.com/callback'
    static final String AFTER_LOGOUT = 'https://legacy.example.com/bye'
    static final String AUDIENCE = 'https://legacy-api.example.com'

    @Shared @TempDir Path dataDir
    @Shared @AutoCleanup RunningServer portcullis
    @Shared List<String> wire = new CopyOnWriteArrayList<>()
    @Shared AdminApi admin

    @AutoCleanup Browser browser

    String subject = "legacy-user-${UUID.randomUUID()}".toString()
    String verifier = AuthorizationCodeFlowSpec.randomVerifier()

    def setupSpec() {
        portcullis = new RunningServer(RunningServer.h2(dataDir))
        admin = new AdminApi(apiClient("Bearer ${portcullis.adminToken()}"))
    }

    def setup() {
        browser = new Browser(portcullis)
        wire.clear()
    }

    def "createOAuth2Client, getOAuth2Client, updateOAuth2Client and deleteOAuth2Client"() {
        when:
        def created = sdk { admin.createOAuth2Client(confidential('legacy-crud')) }

        then:
        created.clientId
        created.clientSecret
        created.clientName == 'legacy-crud'
        created.grantTypes == ['authorization_code', 'refresh_token', 'client_credentials']
        created.redirectUris == [CALLBACK]
        created.audience == [AUDIENCE]
        created.tokenEndpointAuthMethod == 'client_secret_basic'
        sent('POST', '/clients').contentType.startsWith('application/json')

        when:
        def read = sdk { admin.getOAuth2Client(created.clientId) }

        then:
        read.clientId == created.clientId
        read.clientName == 'legacy-crud'
        read.clientSecret == null
        read.createdAt != null

        when: 'the client as read, renamed, is put back'
        def updated = sdk { admin.updateOAuth2Client(created.clientId, read.clientName('legacy-renamed')) }

        then:
        updated.clientId == created.clientId
        updated.clientName == 'legacy-renamed'
        sdk { admin.getOAuth2Client(created.clientId) }.clientName == 'legacy-renamed'

        and: 'the secret was kept'
        portcullis.token(created.clientId, created.clientSecret, [grant_type: 'client_credentials']).status == HttpStatus.OK

        when:
        sdk { admin.deleteOAuth2Client(created.clientId) }
        admin.getOAuth2Client(created.clientId)

        then:
        def gone = thrown(ApiException)
        gone.code == 404
    }

    def "listOAuth2Clients pages with limit and offset, and sends a Link rel=next while more follow"() {
        given:
        def ids = (1..3).collect { n -> sdk { admin.createOAuth2Client(confidential("listed-$n")) }.clientId }

        when: 'every page of two is read, by offset, until a short one'
        def pages = []
        def links = []
        for (long offset = 0; pages.isEmpty() || pages.last().size() == 2; offset += 2) {
            def page = sdk { admin.listOAuth2ClientsWithHttpInfo(2L, offset, null, null) }
            assert page.statusCode == 200
            pages << page.data
            links << linkHeader(page.headers)
            assert pages.size() < 100: 'the pages never end'
        }
        def listed = pages.flatten()*.clientId

        then:
        pages.every { page -> page.size() <= 2 }
        listed.containsAll(ids)
        listed.size() == (listed as Set).size()
        (0..<pages.size()).every { i -> links[i].contains('rel="next"') == (i + 1 < pages.size() && !pages[i + 1].isEmpty()) }
        sent('GET', '/clients').path.contains('limit=2')
        sent('GET', '/clients').path.contains("offset=${2 * (pages.size() - 1)}")
    }

    def "introspectOAuth2Token with the admin token and with client credentials, with and without scope"() {
        given:
        def client = sdk { admin.createOAuth2Client(confidential('legacy-introspect')) }
        def token = accessToken(client, 'read write')
        def asClient = new AdminApi(apiClient(RunningServer.basic(client.clientId, client.clientSecret)))

        when:
        def plain = sdk { admin.introspectOAuth2Token(token, null) }

        then:
        plain.active
        plain.clientId == client.clientId
        plain.scope == 'read write'
        plain.exp > plain.iat
        sent('POST', '/oauth2/introspect').contentType.startsWith('application/x-www-form-urlencoded')

        expect:
        sdk { admin.introspectOAuth2Token(token, 'read') }.active
        !sdk { admin.introspectOAuth2Token(token, 'admin') }.active
        !sdk { admin.introspectOAuth2Token('pc_at_not-a-token', null) }.active
        sdk { asClient.introspectOAuth2Token(token, null) }.active
        !sdk { asClient.introspectOAuth2Token(token, 'delete') }.active
    }

    def "flushInactiveOAuth2Tokens sends notAfter and leaves active tokens alone"() {
        given:
        def client = sdk { admin.createOAuth2Client(confidential('legacy-flush')) }
        def token = accessToken(client, 'read')

        when:
        sdk { admin.flushInactiveOAuth2Tokens(new FlushInactiveOAuth2TokensRequest().notAfter(OffsetDateTime.now())) }
        def request = sent('POST', '/oauth2/flush')

        then:
        request.status == 204
        request.contentType.startsWith('application/json')
        request.body ==~ /\{"notAfter":"\d{4}-\d\d-\d\dT[^"]+"}/
        sdk { admin.introspectOAuth2Token(token, null) }.active
    }

    def "deleteOAuth2Token deletes every token of the client"() {
        given:
        def client = sdk { admin.createOAuth2Client(confidential('legacy-tokens')) }
        def other = sdk { admin.createOAuth2Client(confidential('legacy-tokens-other')) }
        def tokens = (1..2).collect { n -> accessToken(client, 'read') }
        def kept = accessToken(other, 'read')

        when:
        sdk { admin.deleteOAuth2Token(client.clientId) }

        then:
        sent('DELETE', '/oauth2/tokens').path.contains("client_id=${client.clientId}")
        tokens.every { token -> !sdk { admin.introspectOAuth2Token(token, null) }.active }
        sdk { admin.introspectOAuth2Token(kept, null) }.active
    }

    def "getJsonWebKeySet returns the public keys the server publishes"() {
        when:
        def set = sdk { admin.getJsonWebKeySet('access-token') }
        def published = portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/jwks.json'))).keys*.kid

        then:
        !set.keys.isEmpty()
        set.keys.every { key -> key.kid && key.kty && key.alg && key.use == 'sig' && key.d == null }
        published.containsAll(set.keys*.kid)
    }

    def "getLoginRequest, acceptLoginRequest, getConsentRequest and acceptConsentRequest give a code that redeems"() {
        given:
        def client = sdk { admin.createOAuth2Client(confidential('legacy-flow')) }
        def loginChallenge = authorize(client, 'legacy-1')

        when:
        def login = sdk { admin.getLoginRequest(loginChallenge) }

        then:
        login.challenge == loginChallenge
        !login.skip
        login.client.clientId == client.clientId
        login.requestedScope == ['openid', 'offline_access']
        login.requestedAccessTokenAudience == [AUDIENCE]
        login.requestUrl.contains('state=legacy-1')

        when:
        def accepted = sdk {
            admin.acceptLoginRequest(loginChallenge, new AcceptLoginRequest().subject(subject).remember(true).rememberFor(3600L)
                    .acr('urn:legacy').amr(['pwd']))
        }
        def consentChallenge = Browser.parameters(Browser.location(browser.get(accepted.redirectTo))).consent_challenge
        def consent = sdk { admin.getConsentRequest(consentChallenge) }

        then:
        sent('PUT', '/oauth2/auth/requests/login/accept').contentType.startsWith('application/json')
        consent.challenge == consentChallenge
        consent.subject == subject
        consent.acr == 'urn:legacy'
        consent.client.clientId == client.clientId
        consent.requestedScope == ['openid', 'offline_access']

        when:
        def granted = sdk {
            admin.acceptConsentRequest(consentChallenge, new AcceptConsentRequest().grantScope(consent.requestedScope)
                    .grantAccessTokenAudience(consent.requestedAccessTokenAudience)
                    .session(new ConsentRequestSession().idToken([name: 'Lovelace'])))
        }
        def back = Browser.location(browser.get(granted.redirectTo))
        def answer = Browser.parameters(back)

        then:
        back.startsWith(CALLBACK + '?')
        answer.state == 'legacy-1'
        answer.code

        when:
        def tokens = portcullis.body(portcullis.token(client.clientId, client.clientSecret, [grant_type: 'authorization_code',
                code: answer.code, redirect_uri: CALLBACK, code_verifier: verifier]))
        def introspection = sdk { admin.introspectOAuth2Token(tokens.access_token as String, null) }

        then:
        introspection.active
        introspection.sub == subject
        AUDIENCE in introspection.aud
    }

    def "rejectLoginRequest sends the browser back to the client with the error"() {
        given:
        def client = sdk { admin.createOAuth2Client(confidential('legacy-reject')) }
        def challenge = authorize(client, 'legacy-2')

        when:
        def rejected = sdk {
            admin.rejectLoginRequest(challenge, new RejectRequest().error('access_denied').errorDescription('No, thanks'))
        }
        def answer = Browser.parameters(Browser.location(browser.get(rejected.redirectTo)))

        then:
        answer.error == 'access_denied'
        answer.error_description.contains('No, thanks')
        answer.state == 'legacy-2'
    }

    def "getLogoutRequest reads an RP-initiated logout and rejectLogoutRequest keeps the session"() {
        given:
        def client = sdk { admin.createOAuth2Client(confidential('legacy-logout')) }
        def challenge = authorize(client, 'legacy-3')
        def accepted = sdk { admin.acceptLoginRequest(challenge, new AcceptLoginRequest().subject(subject).remember(true).rememberFor(3600L)) }
        def consentChallenge = Browser.parameters(Browser.location(browser.get(accepted.redirectTo))).consent_challenge
        def granted = sdk { admin.acceptConsentRequest(consentChallenge, new AcceptConsentRequest().grantScope(['openid', 'offline_access'])) }
        def code = Browser.parameters(Browser.location(browser.get(granted.redirectTo))).code
        def tokens = portcullis.body(portcullis.token(client.clientId, client.clientSecret, [grant_type: 'authorization_code',
                code: code, redirect_uri: CALLBACK, code_verifier: verifier]))

        when:
        def start = browser.get('/oauth2/sessions/logout?id_token_hint=' + tokens.id_token + '&post_logout_redirect_uri='
                + URLEncoder.encode(AFTER_LOGOUT, 'UTF-8') + '&state=legacy-bye')
        def logoutChallenge = Browser.parameters(Browser.location(start)).logout_challenge
        def logout = sdk { admin.getLogoutRequest(logoutChallenge) }

        then:
        logout.subject == subject
        logout.rpInitiated
        logout.client.clientId == client.clientId

        when:
        sdk { admin.rejectLogoutRequest(logoutChallenge, new RejectRequest()) }

        then:
        sent('PUT', '/oauth2/auth/requests/logout/reject').status == 204
        sdk { admin.getLoginRequest(authorize(client, 'legacy-4')) }.skip
    }

    // ---- helpers ----

    /** An ApiClient at the server with the given Authorization header and a network interceptor that records the wire. */
    ApiClient apiClient(String authorization) {
        def client = new ApiClient()
        client.basePath = portcullis.server.URL.toString().replaceAll('/+$', '')
        client.addDefaultHeader('Authorization', authorization)
        client.httpClient = client.httpClient.newBuilder().addNetworkInterceptor(new WireRecorder(wire)).build()
        client
    }

    /** Runs an SDK call; an ApiException fails the feature with its status, body and what the SDK sent. */
    def <T> T sdk(Closure<T> call) {
        try {
            call.call()
        } catch (ApiException e) {
            throw new AssertionError("the SDK call failed: ${e.code} ${e.responseBody ?: e.message}\nwhat it sent:\n${wire.join('\n')}".toString(), e)
        }
    }

    /** The last request the SDK sent with this method to this path, parsed from the wire records. */
    Map sent(String method, String path) {
        def line = wire.reverse().find { it.split(' ')[0] == method && it.split(' ')[1].split('\\?')[0] == path }
        assert line: "the SDK sent no $method $path; it sent:\n${wire.join('\n')}"
        def parts = line.split(' \\| ')
        [path       : parts[0].split(' ')[1],
         status     : parts[0].split(' -> ')[1] as int,
         contentType: parts.find { it.startsWith('Content-Type: ') }?.substring('Content-Type: '.length()) ?: '',
         body       : parts.find { it.startsWith('body: ') }?.substring('body: '.length()) ?: '']
    }

    OAuth2Client confidential(String name) {
        new OAuth2Client()
                .clientName(name)
                .grantTypes(['authorization_code', 'refresh_token', 'client_credentials'])
                .responseTypes(['code'])
                .redirectUris([CALLBACK])
                .postLogoutRedirectUris([AFTER_LOGOUT])
                .scope('openid offline_access read write')
                .audience([AUDIENCE])
                .tokenEndpointAuthMethod('client_secret_basic')
    }

    String accessToken(OAuth2Client client, String scope) {
        def response = portcullis.token(client.clientId, client.clientSecret, [grant_type: 'client_credentials', scope: scope])
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response).access_token
    }

    /** The browser at the authorization endpoint: the login challenge it is sent to the login app with. */
    String authorize(OAuth2Client client, String state) {
        def challenge = Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
        def query = [response_type: 'code', client_id: client.clientId, redirect_uri: CALLBACK, scope: 'openid offline_access',
                     state        : state, audience: AUDIENCE, code_challenge: challenge, code_challenge_method: 'S256']
        def response = browser.get('/oauth2/auth?' + query.collect { k, v -> "$k=${URLEncoder.encode(v as String, 'UTF-8')}" }.join('&'))
        def loginChallenge = Browser.parameters(Browser.location(response) ?: 'http://x/').login_challenge
        assert loginChallenge: "no login challenge: ${response.status} ${Browser.location(response)} ${response.body()}"
        loginChallenge
    }

    static String linkHeader(Map<String, List<String>> headers) {
        headers.find { it.key.equalsIgnoreCase('Link') }?.value?.join(', ') ?: ''
    }

    /** One line per request: method, path and query, status, then the headers that matter and the body. */
    static class WireRecorder implements Interceptor {
        final List<String> lines

        WireRecorder(List<String> lines) { this.lines = lines }

        Response intercept(Interceptor.Chain chain) {
            def request = chain.request()
            def body = ''
            if (request.body() != null) {
                def buffer = new okio.Buffer()
                request.body().writeTo(buffer)
                body = buffer.readUtf8()
            }
            def response = chain.proceed(request)
            def url = request.url()
            lines << [
                    "${request.method()} ${url.encodedPath()}${url.encodedQuery() ? '?' + url.encodedQuery() : ''} -> ${response.code()}",
                    "Content-Type: ${request.header('Content-Type') ?: '(none)'}",
                    "Content-Length: ${request.header('Content-Length') ?: '(none)'}",
                    "Accept: ${request.header('Accept') ?: '(none)'}",
                    "Authorization: ${request.header('Authorization')?.split(' ')?.first() ?: '(none)'}",
                    "body: ${body.replaceAll(/token=[^&]+/, 'token=…')}",
            ].join(' | ')
            response
        }
    }
}
