package dev.portcullis.bootstrap

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.security.MessageDigest

/**
 * Rate limits through the whole server: the token endpoints per client, the admin APIs per caller, the login page
 * per username and per address; over a limit, 429 with Retry-After in the route's error shape. Limits are per hour,
 * so that nothing refills while a feature runs. The server takes the caller's address from X-Forwarded-For, as
 * behind a proxy, so that each feature counts its own addresses. Subclasses pick the storage.
 */
abstract class RateLimitFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String CALLBACK = 'https://client.example.com/callback'
    static final int TOKENS = 5
    static final int ADMIN = 8
    static final int PER_USERNAME = 3
    static final int PER_ADDRESS = 6
    /** application.yml's hash of demo-password. */
    static final String DEMO_PASSWORD_HASH = '$pbkdf2-sha256$i=600000$4kY6sf0uisZyWR0uCilsnw$mzwlhBNeHA7dzkEcJx6GLaMnFC4PWl3x49_RIpiGRAs'

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    /** One client for every login page, so that the login features do not use up the admin token's limit. */
    @Shared
    Map browserClient

    @AutoCleanup
    Browser browser

    def setupSpec() {
        portcullis = new RunningServer(storageProperties() + [
                'portcullis.rate-limits.token.per-client'  : TOKENS,
                'portcullis.rate-limits.token.period'      : '1h',
                'portcullis.rate-limits.admin.per-caller'  : ADMIN,
                'portcullis.rate-limits.admin.period'      : '1h',
                'portcullis.rate-limits.login.per-username': PER_USERNAME,
                'portcullis.rate-limits.login.per-ip'      : PER_ADDRESS,
                'portcullis.rate-limits.login.period'      : '1h',
                'micronaut.server.client-address-header'   : 'X-Forwarded-For',
                // A second user, with the demo user's password, whose sign-ins no other feature counts.
                'portcullis.ui.users.ada.subject'          : 'ada',
                'portcullis.ui.users.ada.password-hash'    : DEMO_PASSWORD_HASH])
        browserClient = register([grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [CALLBACK],
                                  scope: 'openid'])
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    def "a client over its token limit gets 429 with Retry-After in RFC 6749's JSON, before its secret is checked"() {
        given:
        def client = register([grant_types: ['client_credentials']])
        def other = register([grant_types: ['client_credentials']])

        expect: 'the limit: all through, HTTP Basic'
        (1..TOKENS).every { clientCredentials(client).status == HttpStatus.OK }

        when:
        def refused = clientCredentials(client)
        def wrongSecret = portcullis.token(client.client_id, 'not-the-secret', [grant_type: 'client_credentials'])

        then: 'one token every 720 seconds'
        refused.status == HttpStatus.TOO_MANY_REQUESTS
        portcullis.body(refused).error == 'too_many_requests'
        portcullis.body(refused).error_description
        (refused.header('Retry-After') as int) in 1..720
        refused.header('Cache-Control') == 'no-store'

        and: 'a wrong secret is not even checked: refused the same way, not with invalid_client'
        wrongSecret.status == HttpStatus.TOO_MANY_REQUESTS
        !wrongSecret.header('WWW-Authenticate')

        and: 'another client has a limit of its own'
        clientCredentials(other).status == HttpStatus.OK
    }

    def "a client's limit counts its requests on every token path, with client_id in the form or in JSON"() {
        given:
        def client = register([grant_types: ['client_credentials'], token_endpoint_auth_method: 'client_secret_post'])
        def form = [grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret]

        expect: "two at /oauth2/token, two at Auth0's /oauth/token, one at Authress's JSON token path"
        [post('/oauth2/token', form), post('/oauth2/token', form), post('/oauth/token', form), post('/oauth/token', form),
         postJson('/api/authentication/oauth/tokens', form)]*.status == [HttpStatus.OK] * TOKENS

        when:
        def auth0 = post('/oauth/token', form)
        def authress = postJson('/api/authentication/oauth/tokens', form)

        then: "Auth0's errors are RFC 6749's"
        auth0.status == HttpStatus.TOO_MANY_REQUESTS
        portcullis.body(auth0).error == 'too_many_requests'
        (auth0.header('Retry-After') as int) > 0

        and: "Authress's in the shape of its surface, which keeps RFC 6749's members on its token path"
        authress.status == HttpStatus.TOO_MANY_REQUESTS
        portcullis.body(authress).errorCode == 'too_many_requests'
        portcullis.body(authress).error == 'too_many_requests'
        (authress.header('Retry-After') as int) > 0
    }

    def "the multipart token requests of SailPoint's SDKs at /oauth/token count toward the client's limit too"() {
        given:
        def client = register([grant_types: ['client_credentials'], token_endpoint_auth_method: 'client_secret_post'])
        def fields = [grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret]
        def body = fields.collect { name, value ->
            "--limit-boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n"
        }.join('') + '--limit-boundary--\r\n'

        expect:
        (1..TOKENS).collect { multipartToken(body) }*.statusCode() == [200] * TOKENS

        when:
        def refused = multipartToken(body)

        then:
        refused.statusCode() == 429
        refused.headers().firstValue('Retry-After').isPresent()
        new groovy.json.JsonSlurper().parseText(refused.body()).error == 'too_many_requests'
    }

    java.net.http.HttpResponse<String> multipartToken(String body) {
        def request = java.net.http.HttpRequest.newBuilder(portcullis.server.URI.resolve('/oauth/token'))
                .header('Content-Type', 'multipart/form-data; boundary=limit-boundary')
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()
        java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
    }

    def "an admin caller over its limit gets 429 with Retry-After on every surface's admin routes, and other callers do not"() {
        given:
        def token = portcullis.newAdminToken()

        expect:
        (1..ADMIN).every { portcullis.send(HttpRequest.GET('/admin/clients').bearerAuth(token)).status == HttpStatus.OK }

        when:
        def admin = portcullis.send(HttpRequest.GET('/admin/clients').bearerAuth(token))
        def hydraEarly = portcullis.send(HttpRequest.GET('/clients').bearerAuth(token))

        then: 'the Hydra v2 admin API answers in RFC 6749 JSON, one request every 450 seconds'
        admin.status == HttpStatus.TOO_MANY_REQUESTS
        portcullis.body(admin).error == 'too_many_requests'
        portcullis.body(admin).error_description
        (admin.header('Retry-After') as int) in 1..450
        admin.header('Cache-Control') == 'no-store'

        and: "the limit is the caller's, whichever surface it calls: Hydra's early API too"
        hydraEarly.status == HttpStatus.TOO_MANY_REQUESTS
        portcullis.body(hydraEarly).error == 'too_many_requests'
        (hydraEarly.header('Retry-After') as int) > 0

        and: 'another token is another caller'
        portcullis.admin(HttpRequest.GET('/admin/clients')).status == HttpStatus.OK
    }

    def "admin requests without a bearer token are counted by address, before they are refused for the missing token"() {
        expect:
        (1..ADMIN).every { portcullis.send(from('198.51.100.9', HttpRequest.GET('/admin/clients'))).status == HttpStatus.UNAUTHORIZED }

        when:
        def refused = portcullis.send(from('198.51.100.9', HttpRequest.GET('/admin/clients')))

        then:
        refused.status == HttpStatus.TOO_MANY_REQUESTS
        portcullis.body(refused).error == 'too_many_requests'
        (refused.header('Retry-After') as int) > 0

        and: 'another address is another caller'
        portcullis.send(from('198.51.100.10', HttpRequest.GET('/admin/clients'))).status == HttpStatus.UNAUTHORIZED
    }

    def "SailPoint's admin routes answer 429 in SailPoint's shape, with Retry-After"() {
        given:
        def token = portcullis.newAdminToken()

        expect:
        (1..ADMIN).every { portcullis.send(HttpRequest.GET('/v3/oauth-clients').bearerAuth(token)).status == HttpStatus.OK }

        when:
        def refused = portcullis.send(HttpRequest.GET('/v3/oauth-clients').bearerAuth(token))

        then: 'SailPoint\'s ListAccessModelMetadataAttribute429Response: {"message": …}'
        refused.status == HttpStatus.TOO_MANY_REQUESTS
        (portcullis.body(refused) as Map).keySet() == ['message'] as Set
        portcullis.body(refused).message
        (refused.header('Retry-After') as int) > 0
    }

    def "the login page refuses a username over its limit of failed sign-ins with 429 and an error, even with the right password"() {
        given:
        def page = loginPage('203.0.113.50')

        expect: 'wrong passwords: the form again, 401'
        (1..PER_USERNAME).every { signIn(page, '203.0.113.50', 'demo', 'not-the-password').status == HttpStatus.UNAUTHORIZED }

        when:
        def refused = signIn(page, '203.0.113.50', 'demo', 'demo-password')

        then:
        refused.status == HttpStatus.TOO_MANY_REQUESTS
        refused.body().contains('Too many failed sign-ins')
        (refused.header('Retry-After') as int) in 1..1200
        !Browser.location(refused)

        and: 'another username from the same address is still checked'
        signIn(page, '203.0.113.50', 'someone-else', 'whatever').status == HttpStatus.UNAUTHORIZED
    }

    def "the login page refuses an address over its limit, whichever usernames it tries"() {
        given:
        def page = loginPage('203.0.113.7')

        expect:
        (1..PER_ADDRESS).every { signIn(page, '203.0.113.7', "guess-$it", 'password').status == HttpStatus.UNAUTHORIZED }

        when:
        def refused = signIn(page, '203.0.113.7', 'guess-new', 'password')

        then:
        refused.status == HttpStatus.TOO_MANY_REQUESTS
        refused.body().contains('Too many failed sign-ins')
        (refused.header('Retry-After') as int) > 0

        and: 'another address is counted on its own'
        signIn(page, '203.0.113.8', 'guess-new', 'password').status == HttpStatus.UNAUTHORIZED
    }

    def "successful sign-ins are not counted: a user signs in more often than the limit allows failures"() {
        expect:
        (1..PER_USERNAME + 1).every {
            def response = signIn(loginPage('203.0.113.60'), '203.0.113.60', 'ada', 'demo-password')
            response.status == HttpStatus.SEE_OTHER
        }
    }

    // --- helpers

    Map register(Map document) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [scope: 'read'] + document))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<Object> clientCredentials(Map client) {
        portcullis.token(client.client_id, client.client_secret, [grant_type: 'client_credentials'])
    }

    HttpResponse<Object> post(String path, Map form) {
        portcullis.send(HttpRequest.POST(path, form).contentType(FORM))
    }

    HttpResponse<Object> postJson(String path, Map body) {
        portcullis.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE))
    }

    static <T extends MutableHttpRequest<?>> T from(String address, T request) {
        request.header('X-Forwarded-For', address)
    }

    /** The login page of a fresh authorization request, as the browser at {@code address} sees it. */
    Map loginPage(String address) {
        def client = browserClient
        def verifier = 'v' * 43
        def challenge = Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
        def start = browser.send(from(address, HttpRequest.GET('/oauth2/auth?' + [response_type: 'code', client_id: client.client_id,
                redirect_uri: CALLBACK, scope: 'openid', state: 'state-1', code_challenge: challenge, code_challenge_method: 'S256']
                .collect { k, v -> "$k=${URLEncoder.encode(v as String, 'UTF-8')}" }.join('&'))))
        def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
        assert loginChallenge: Browser.location(start)
        def page = browser.send(from(address, HttpRequest.GET("/ui/login?login_challenge=$loginChallenge")))
        assert page.status == HttpStatus.OK
        [challenge: loginChallenge, csrf: csrf(page)]
    }

    HttpResponse<String> signIn(Map page, String address, String username, String password) {
        browser.send(from(address, HttpRequest.POST('/ui/login', [login_challenge: page.challenge, username: username,
                password: password, action: 'login', csrf_token: page.csrf]).contentType(FORM)))
    }

    static String csrf(HttpResponse<String> page) {
        def match = page.body() =~ /name="csrf_token" value="([^"]+)"/
        assert match.find(): page.body()
        match.group(1)
    }
}
