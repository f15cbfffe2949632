package dev.portcullis.adapters.rest.admin.security

import dev.portcullis.adapters.rest.AdminApiSpecification
import dev.portcullis.application.client.DeleteClientUseCase
import dev.portcullis.application.key.CreateKeyCommand
import dev.portcullis.application.key.CreateKeyUseCase
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MutableHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.time.Duration

@MicronautTest
class AdminApiSecuritySpec extends AdminApiSpecification {

    static final String PLAIN_CHALLENGE = 'Bearer realm="portcullis-admin"'
    static final String INVALID_TOKEN_CHALLENGE = 'Bearer realm="portcullis-admin", error="invalid_token"'
    static final String INSUFFICIENT_SCOPE_CHALLENGE = 'Bearer realm="portcullis-admin", error="insufficient_scope", scope="portcullis:admin"'

    /**
     * Every admin route, with what it answers the operator: each builds its request from a fixture of a
     * client id, a key set of its own and that set's only key.
     */
    static final Map<String, List> ROUTES = [
            'GET /admin/clients'                  : [200, { f -> HttpRequest.GET('/admin/clients') }],
            'POST /admin/clients'                 : [201, { f -> HttpRequest.POST('/admin/clients', [client_id: unique('new'), grant_types: ['client_credentials'], response_types: []]) }],
            'GET /admin/clients/{id}'             : [200, { f -> HttpRequest.GET("/admin/clients/$f.clientId") }],
            'PUT /admin/clients/{id}'             : [200, { f -> HttpRequest.PUT("/admin/clients/$f.clientId", [client_name: 'Replaced', grant_types: ['client_credentials'], response_types: []]) }],
            'PATCH /admin/clients/{id}'           : [200, { f -> HttpRequest.PATCH("/admin/clients/$f.clientId", [[op: 'replace', path: '/client_name', value: 'Patched']]).contentType('application/json-patch+json') }],
            'DELETE /admin/clients/{id}'          : [204, { f -> HttpRequest.DELETE("/admin/clients/$f.clientId") }],
            'POST /admin/clients/{id}/secret'     : [200, { f -> HttpRequest.POST("/admin/clients/$f.clientId/secret", '') }],
            'POST /admin/oauth2/introspect'       : [200, { f -> formPost('/admin/oauth2/introspect', form(token: 'pc_at_whatever')) }],
            'DELETE /admin/oauth2/tokens'         : [204, { f -> HttpRequest.DELETE("/admin/oauth2/tokens?client_id=$f.clientId") }],
            'POST /admin/oauth2/flush'            : [204, { f -> HttpRequest.POST('/admin/oauth2/flush', [:]) }],
            'GET /admin/keys/{set}'               : [200, { f -> HttpRequest.GET("/admin/keys/$f.set") }],
            'POST /admin/keys/{set}'              : [201, { f -> HttpRequest.POST("/admin/keys/$f.set", [alg: 'ES256', use: 'sig']) }],
            'GET /admin/keys/{set}/{kid}'         : [200, { f -> HttpRequest.GET("/admin/keys/$f.set/$f.kid") }],
            'DELETE /admin/keys/{set}/{kid}'      : [204, { f -> HttpRequest.DELETE("/admin/keys/$f.set/$f.kid") }],
            'GET /admin/no-such-route'            : [404, { f -> HttpRequest.GET('/admin/no-such-route') }],
    ]

    /** Tokens that must not open the admin API although most of them carry its scope. */
    static final Map<String, Closure<String>> INVALID_TOKENS = [
            'a garbage token'                 : { AdminApiSecuritySpec spec -> 'garbage' },
            'a JWT-shaped garbage token'      : { AdminApiSecuritySpec spec -> 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln' },
            'a dotted garbage token'          : { AdminApiSecuritySpec spec -> 'a.b.c' },
            'an unknown token'                : { AdminApiSecuritySpec spec -> 'pc_at_' + 'u' * 43 },
            'a revoked admin token'           : { AdminApiSecuritySpec spec -> spec.revokedAdminToken() },
            'an expired admin token'          : { AdminApiSecuritySpec spec -> spec.expiredAdminToken() },
            'an admin token of a deleted client': { AdminApiSecuritySpec spec -> spec.orphanedAdminToken() },
    ]

    @Inject
    CreateKeyUseCase createKey

    @Inject
    DeleteClientUseCase deleteClient

    Map<String, String> fixture() {
        def set = unique('keys')
        [clientId: registerClient().client_id,
         set     : set,
         kid     : createKey.create(new CreateKeyCommand(set, 'ES256', 'sig')).keys().first().kid]
    }

    MutableHttpRequest<?> request(String route) {
        (ROUTES[route][1] as Closure<MutableHttpRequest<?>>).call(fixture())
    }

    String revokedAdminToken() {
        def token = adminToken()
        def response = call(formPost('/oauth2/revoke', form(token: token))
                .header(HttpHeaders.AUTHORIZATION, basic(adminClient(), ADMIN_SECRET)))
        assert response.status.code == 200
        token
    }

    String expiredAdminToken() {
        def token = adminToken()
        clock.advance(Duration.ofHours(1).plusSeconds(1))
        token
    }

    String orphanedAdminToken() {
        def id = registerClient(scope: ADMIN_SCOPE).client_id
        def token = accessToken(id, SECRET, ADMIN_SCOPE)
        deleteClient.delete(id)
        token
    }

    static void assertNoStore(HttpResponse<?> response) {
        assert response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        assert response.header(HttpHeaders.PRAGMA) == 'no-cache'
    }

    def "#route without a bearer token is refused with 401 and a plain Bearer challenge"() {
        when:
        def response = call(request(route))

        then:
        response.status.code == 401
        response.header(HttpHeaders.WWW_AUTHENTICATE) == PLAIN_CHALLENGE
        json(response).error == 'invalid_token'
        assertNoStore(response)

        where:
        route << ROUTES.keySet()
    }

    def "#route with #kind is refused with 401 and error=\"invalid_token\" in the challenge"() {
        given:
        def token = INVALID_TOKENS[kind].call(this)

        when:
        def response = call(request(route).bearerAuth(token))

        then:
        response.status.code == 401
        response.header(HttpHeaders.WWW_AUTHENTICATE) == INVALID_TOKEN_CHALLENGE
        json(response).error == 'invalid_token'
        assertNoStore(response)

        where:
        [route, kind] << [ROUTES.keySet(), INVALID_TOKENS.keySet()].combinations()
    }

    def "#route with a valid token lacking portcullis:admin (#kind) is forbidden with insufficient_scope"() {
        given:
        def token = kind == 'another scope'
                ? accessToken(registerClient().client_id, SECRET, 'read')
                : accessToken(adminClient(), ADMIN_SECRET, null)

        when:
        def response = call(request(route).bearerAuth(token))

        then:
        response.status.code == 403
        json(response).error == 'insufficient_scope'
        response.header(HttpHeaders.WWW_AUTHENTICATE) == INSUFFICIENT_SCOPE_CHALLENGE
        assertNoStore(response)

        where:
        [route, kind] << [ROUTES.keySet(), ['another scope', 'no scope']].combinations()
    }

    def "#route with the portcullis:admin scope is served with #status"() {
        when:
        def response = call(asAdmin(request(route)))

        then:
        response.status.code == status
        response.header(HttpHeaders.WWW_AUTHENTICATE) == null
        assertNoStore(response)

        where:
        route << ROUTES.keySet()
        status = ROUTES[route][0]
    }

    def "a token with portcullis:admin among other scopes opens the admin API"() {
        given:
        def id = registerClient(scope: "read $ADMIN_SCOPE write".toString()).client_id
        def token = accessToken(id, SECRET, "read $ADMIN_SCOPE".toString())

        expect:
        call(request('GET /admin/clients').bearerAuth(token)).status.code == 200
    }

    def "a revoked admin token stops working at once, while it worked before"() {
        given:
        def token = adminToken()
        assert call(request('GET /admin/clients').bearerAuth(token)).status.code == 200

        when:
        revokedAdminToken()

        then:
        call(request('GET /admin/clients').bearerAuth(token)).status.code == 401
    }

    def "an admin token works until the instant it expires"() {
        given:
        def token = adminToken()
        clock.advance(Duration.ofMinutes(59))

        expect:
        call(request('GET /admin/clients').bearerAuth(token)).status.code == 200

        when:
        clock.advance(Duration.ofMinutes(1))

        then:
        call(request('GET /admin/clients').bearerAuth(token)).status.code == 401
    }

    def "HTTP Basic credentials of the admin client do not open the admin API"() {
        when:
        def response = call(request('GET /admin/clients').header(HttpHeaders.AUTHORIZATION, basic(adminClient(), ADMIN_SECRET)))

        then:
        response.status.code == 401
        response.header(HttpHeaders.WWW_AUTHENTICATE) == PLAIN_CHALLENGE
    }

    def "an admin token in the query string does not open the admin API"() {
        when:
        def response = call(HttpRequest.GET("/admin/clients?access_token=${adminToken()}"))

        then:
        response.status.code == 401
        response.header(HttpHeaders.WWW_AUTHENTICATE) == PLAIN_CHALLENGE
    }

    def "#path is public: it needs no bearer token and ignores an invalid one"() {
        given:
        def machine = registerClient(token_endpoint_auth_method: 'client_secret_post').client_id
        def request = {
            path == '/oauth2/token'
                    ? formPost(path, form(grant_type: 'client_credentials', client_id: machine, client_secret: SECRET))
                    : HttpRequest.GET(path)
        }

        when:
        def anonymous = call(request())
        def withGarbage = call(request().bearerAuth('garbage'))

        then:
        anonymous.status.code == 200
        withGarbage.status.code == 200
        anonymous.header(HttpHeaders.WWW_AUTHENTICATE) == null

        where:
        path << ['/oauth2/token', '/.well-known/jwks.json', '/.well-known/openid-configuration',
                 '/.well-known/oauth-authorization-server', '/health/alive', '/health/ready']
    }
}
