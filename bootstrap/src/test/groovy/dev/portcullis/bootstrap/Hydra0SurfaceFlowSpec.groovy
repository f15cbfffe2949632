package dev.portcullis.bootstrap

import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Instant

/**
 * ORY Hydra's early API (seed 002) and Hydra 1.x's admin paths through the whole server over HTTP, on one storage,
 * with the wire format the seed documents: /clients, the one-step consent requests with a consent app that logs in
 * and consents at once, flush, and introspection with scope. Subclasses pick the storage.
 */
abstract class Hydra0SurfaceFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String CONSENT_APP = 'https://consent.example.com/app'
    static final String CALLBACK = 'https://client.example.com/callback'

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @AutoCleanup
    Browser browser

    def setupSpec() {
        portcullis = new RunningServer(storageProperties() + ['portcullis.compat.hydra0.consent-url': CONSENT_APP])
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    String owner = "owner-${UUID.randomUUID()}".toString()
    String verifier = AuthorizationCodeFlowSpec.randomVerifier()

    // Clients

    def "a client in the seed's shape: id, and public for a client without a secret"() {
        when:
        def created = portcullis.admin(HttpRequest.POST('/clients', [
                id: "early-${UUID.randomUUID()}".toString(), public: true, client_name: 'Early app', owner: owner,
                redirect_uris: [CALLBACK], grant_types: ['authorization_code', 'refresh_token'],
                response_types: ['code'], scope: 'openid offline_access', policy_uri: 'https://client.example.com/policy',
                tos_uri: 'https://client.example.com/tos', client_uri: 'https://client.example.com',
                logo_uri: 'https://client.example.com/logo.png', contacts: ['ops@client.example.com']]))
        def body = portcullis.body(created) as Map

        then:
        created.status == HttpStatus.CREATED
        created.header('Location') == "/clients/${body.id}"
        created.header('Cache-Control') == 'no-store'
        body.id.startsWith('early-')
        body.client_id == body.id
        body.public == true
        body.token_endpoint_auth_method == 'none'
        !body.containsKey('client_secret')
        body.client_name == 'Early app'
        body.policy_uri == 'https://client.example.com/policy'
        body.tos_uri == 'https://client.example.com/tos'
        body.client_uri == 'https://client.example.com'
        body.logo_uri == 'https://client.example.com/logo.png'
        body.contacts == ['ops@client.example.com']
        body.owner == owner

        when: 'the v2 admin API sees the same client'
        def v2 = portcullis.body(portcullis.admin(HttpRequest.GET("/admin/clients/${body.id}"))) as Map

        then:
        v2.client_id == body.id
        v2.token_endpoint_auth_method == 'none'
        !v2.containsKey('id')
    }

    def "a confidential client in 1.x's shape gets its secret once, in the create and update responses"() {
        given:
        def id = "one-${UUID.randomUUID()}".toString()

        when:
        def created = portcullis.body(portcullis.admin(HttpRequest.POST('/clients', [
                client_id: id, client_secret: 'a-chosen-secret-of-enough-length', owner: owner,
                grant_types: ['client_credentials'], scope: 'read write']))) as Map

        then:
        created.id == id
        created.client_id == id
        created.public == false
        created.client_secret == 'a-chosen-secret-of-enough-length'
        portcullis.token(id, 'a-chosen-secret-of-enough-length', [grant_type: 'client_credentials']).status == HttpStatus.OK

        when: 'read and listed'
        def read = portcullis.body(portcullis.admin(HttpRequest.GET("/clients/$id"))) as Map

        then:
        read.id == id
        !read.containsKey('client_secret')

        when: 'replaced without a secret: the secret stays'
        def replaced = portcullis.admin(HttpRequest.PUT("/clients/$id", [client_id: id, client_name: 'Renamed', owner: owner,
                                                                         grant_types: ['client_credentials'], scope: 'read']))

        then:
        replaced.status == HttpStatus.OK
        portcullis.body(replaced).client_name == 'Renamed'
        portcullis.body(replaced).scope == 'read'
        !(portcullis.body(replaced) as Map).containsKey('client_secret')
        portcullis.token(id, 'a-chosen-secret-of-enough-length', [grant_type: 'client_credentials']).status == HttpStatus.OK

        when: 'replaced with a secret: the new one is shown and works'
        def rotated = portcullis.body(portcullis.admin(HttpRequest.PUT("/clients/$id", [id: id, owner: owner,
                client_secret: 'another-chosen-secret-long-enough', grant_types: ['client_credentials']]))) as Map

        then:
        rotated.client_secret == 'another-chosen-secret-long-enough'
        portcullis.token(id, 'another-chosen-secret-long-enough', [grant_type: 'client_credentials']).status == HttpStatus.OK
        portcullis.token(id, 'a-chosen-secret-of-enough-length', [grant_type: 'client_credentials']).status == HttpStatus.UNAUTHORIZED

        when:
        def deleted = portcullis.admin(HttpRequest.DELETE("/clients/$id"))
        def gone = portcullis.admin(HttpRequest.GET("/clients/$id"))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        gone.status == HttpStatus.NOT_FOUND
        portcullis.body(gone).error == 'not_found'
        portcullis.admin(HttpRequest.DELETE("/clients/$id")).status == HttpStatus.NOT_FOUND
        portcullis.admin(HttpRequest.PUT("/clients/$id", [grant_types: ['client_credentials']])).status == HttpStatus.NOT_FOUND
    }

    def "a body that says two things is refused: #document"() {
        when:
        def response = portcullis.admin(HttpRequest.POST('/clients', document + [owner: owner]))

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_client_metadata'
        portcullis.body(response).error_description.contains(mentions)

        where:
        document                                                                     || mentions
        [id: 'one', client_id: 'other', grant_types: ['client_credentials']]         || 'id and client_id'
        [public: true, token_endpoint_auth_method: 'client_secret_basic']            || 'public is true'
        [public: false, token_endpoint_auth_method: 'none', redirect_uris: [CALLBACK]] || 'public is false'
        [id: 42]                                                                     || 'id'
    }

    def "clients are listed by limit and offset, with 1.x's Link and X-Total-Count"() {
        given:
        def ids = (1..5).collect { register([client_name: "listed-$it".toString()]).id }

        when:
        def page = portcullis.admin(HttpRequest.GET("/clients?limit=2&offset=2&owner=$owner"))

        then:
        page.status == HttpStatus.OK
        page.header('X-Total-Count') == '5'
        (portcullis.body(page) as List)*.id == ids.sort()[2..3]
        page.header('Link') == "</clients?limit=2&offset=0&owner=$owner>; rel=\"first\", " +
                "</clients?limit=2&offset=4&owner=$owner>; rel=\"next\", " +
                "</clients?limit=2&offset=0&owner=$owner>; rel=\"prev\", " +
                "</clients?limit=2&offset=4&owner=$owner>; rel=\"last\""

        when: 'past the end'
        def past = portcullis.admin(HttpRequest.GET("/clients?limit=2&offset=10&owner=$owner"))

        then:
        past.status == HttpStatus.OK
        portcullis.body(past) == []
        past.header('X-Total-Count') == '5'

        expect: 'no secret in a list'
        !(portcullis.body(portcullis.admin(HttpRequest.GET("/clients?owner=$owner"))) as List).any { it.containsKey('client_secret') }

        and: 'bad paging is a 400'
        portcullis.admin(HttpRequest.GET('/clients?limit=0')).status == HttpStatus.BAD_REQUEST
        portcullis.admin(HttpRequest.GET('/clients?limit=501')).status == HttpStatus.BAD_REQUEST
        portcullis.admin(HttpRequest.GET('/clients?offset=-1')).status == HttpStatus.BAD_REQUEST
        portcullis.body(portcullis.admin(HttpRequest.GET('/clients?limit=abc'))).error == 'invalid_request'
    }

    // Authorization of the admin operations

    def "#method #path needs an admin bearer token: 401 with a JSON body and a challenge, 403 without the scope"() {
        given:
        def plain = client(RunningServer.ADMIN_CLIENT_ID)

        when:
        def anonymous = portcullis.send(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path))
        def invalid = portcullis.send(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path).bearerAuth('not-a-token'))
        def unscoped = portcullis.send(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path).bearerAuth(plain))

        then:
        anonymous.status == HttpStatus.UNAUTHORIZED
        anonymous.header('WWW-Authenticate') == 'Bearer realm="portcullis-admin"'
        portcullis.body(anonymous).error == 'invalid_token'
        invalid.status == HttpStatus.UNAUTHORIZED
        invalid.header('WWW-Authenticate') == 'Bearer realm="portcullis-admin", error="invalid_token"'
        unscoped.status == HttpStatus.FORBIDDEN
        unscoped.header('WWW-Authenticate').contains('error="insufficient_scope"')
        portcullis.body(unscoped).error == 'insufficient_scope'

        where:
        method   | path
        'GET'    | '/clients'
        'POST'   | '/clients'
        'GET'    | '/clients/some-client'
        'PUT'    | '/clients/some-client'
        'DELETE' | '/clients/some-client'
        'GET'    | '/oauth2/consent/requests/some-id'
        'PATCH'  | '/oauth2/consent/requests/some-id/accept'
        'PATCH'  | '/oauth2/consent/requests/some-id/reject'
        'POST'   | '/oauth2/flush'
        'GET'    | '/oauth2/auth/requests/login'
        'PUT'    | '/oauth2/auth/requests/consent/accept'
        'GET'    | '/keys/some-set'
        'DELETE' | '/oauth2/tokens'
    }

    // The early consent flow

    def "the consent app logs in and consents in one answer: authorize, consent app, accept, redirectUrl, code, token, userinfo"() {
        given:
        def client = register()

        when: 'the browser arrives at the authorization endpoint'
        def start = authorize(client, [state: 'early-state', nonce: 'early-nonce'])
        def location = Browser.location(start)

        then: 'it goes to the one consent app with the request id'
        start.status == HttpStatus.FOUND
        location.startsWith(CONSENT_APP + '?consent=')

        when: 'the consent app reads the request'
        def id = Browser.parameters(location).consent
        def request = adminGet("/oauth2/consent/requests/$id")

        then: "in the seed's camelCase"
        request.id == id
        request.clientId == client.id
        request.requestedScopes == ['openid', 'offline_access']
        Instant.parse(request.expiresAt as String).isAfter(Instant.now())
        request.redirectUrl == issuer() + "/oauth2/auth?consent=$id"

        when: 'it accepts for a subject, with extra claims for both tokens'
        def accepted = portcullis.admin(HttpRequest.PATCH("/oauth2/consent/requests/$id/accept", [
                subject: 'early-user', grantScopes: ['openid', 'offline_access'],
                accessTokenExtra: [department: 'engineering'], idTokenExtra: [nickname: 'early']]))

        then:
        accepted.status == HttpStatus.NO_CONTENT

        when: 'the browser follows redirectUrl'
        def back = browser.get(request.redirectUrl as String)
        def response = Browser.parameters(Browser.location(back))

        then: 'the client gets a code'
        back.status == HttpStatus.FOUND
        Browser.location(back).startsWith(CALLBACK + '?')
        response.code
        response.state == 'early-state'

        when: 'the client redeems it'
        def tokens = portcullis.body(portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'authorization_code',
                code: response.code, redirect_uri: CALLBACK, client_id: client.id, code_verifier: verifier]).contentType(FORM))) as Map
        def idToken = SignedJWT.parse(tokens.id_token as String).JWTClaimsSet

        then:
        tokens.scope == 'openid offline_access'
        tokens.refresh_token
        idToken.subject == 'early-user'
        idToken.getStringClaim('nickname') == 'early'
        idToken.getStringClaim('nonce') == 'early-nonce'
        SignedJWT.parse(tokens.access_token as String).JWTClaimsSet.getStringClaim('department') == 'engineering'

        when: "userinfo and introspection, the latter with the operator's token on the seed's path"
        def userinfo = portcullis.body(portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(tokens.access_token as String)))
        def introspection = introspect(tokens.access_token as String)

        then:
        userinfo == [sub: 'early-user', nickname: 'early']
        introspection.active == true
        introspection.sub == 'early-user'
        introspection.client_id == client.id
        introspection.ext == [department: 'engineering']

        expect: 'the request is answered: 410, and the id cannot bring a second code'
        adminStatus(HttpRequest.GET("/oauth2/consent/requests/$id")) == HttpStatus.GONE
        adminStatus(HttpRequest.PATCH("/oauth2/consent/requests/$id/accept", [subject: 'someone-else'])) == HttpStatus.GONE
        !Browser.location(browser.get(request.redirectUrl as String))?.startsWith(CALLBACK)
    }

    def "a rejected consent request ends at the client with access_denied"() {
        given:
        def client = register()
        def id = Browser.parameters(Browser.location(authorize(client, [state: 'rejected-state']))).consent
        def request = adminGet("/oauth2/consent/requests/$id")

        when:
        def rejected = portcullis.admin(HttpRequest.PATCH("/oauth2/consent/requests/$id/reject", [reason: 'The user said no']))
        def back = browser.get(request.redirectUrl as String)
        def response = Browser.parameters(Browser.location(back))

        then:
        rejected.status == HttpStatus.NO_CONTENT
        Browser.location(back).startsWith(CALLBACK + '?')
        response.error == 'access_denied'
        response.error_description == 'The user said no'
        response.state == 'rejected-state'
        !response.code
        adminStatus(HttpRequest.PATCH("/oauth2/consent/requests/$id/reject", [reason: 'again'])) == HttpStatus.GONE
    }

    def "consent request errors: #why"() {
        given:
        def client = register()
        def id = Browser.parameters(Browser.location(authorize(client))).consent

        when:
        def response = portcullis.admin(request(id))

        then:
        response.status == status
        portcullis.body(response).error == error

        where:
        why                                   | request                                                                                                || status                 | error
        'an unknown id'                       | { String pending -> HttpRequest.GET('/oauth2/consent/requests/no-such-request') }                            || HttpStatus.NOT_FOUND   | 'not_found'
        'an unknown id to accept'             | { String pending -> HttpRequest.PATCH('/oauth2/consent/requests/no-such-request/accept', [subject: 'x']) }   || HttpStatus.NOT_FOUND   | 'not_found'
        'an acceptance without subject'       | { String pending -> HttpRequest.PATCH("/oauth2/consent/requests/$pending/accept", [grantScopes: ['openid']]) }    || HttpStatus.BAD_REQUEST | 'invalid_request'
        'a scope the client may not have'     | { String pending -> HttpRequest.PATCH("/oauth2/consent/requests/$pending/accept", [subject: 'x', grantScopes: ['admin']]) } || HttpStatus.BAD_REQUEST | 'invalid_scope'
        'a subject of the wrong JSON type'    | { String pending -> HttpRequest.PATCH("/oauth2/consent/requests/$pending/accept", [subject: 7]) }                 || HttpStatus.BAD_REQUEST | 'invalid_request'
        'a body that is not JSON'             | { String pending -> HttpRequest.PATCH("/oauth2/consent/requests/$pending/accept", '{"subject":').contentType(MediaType.APPLICATION_JSON) } || HttpStatus.BAD_REQUEST | 'invalid_request'
    }

    def "the browser that comes back before the app answered gets an error page, not a code"() {
        given:
        def client = register()
        def id = Browser.parameters(Browser.location(authorize(client))).consent

        when:
        def early = browser.get("/oauth2/auth?consent=$id")

        then:
        early.status == HttpStatus.BAD_REQUEST
        !Browser.location(early)
        early.body().contains('has not answered')
    }

    def "another browser cannot use the request id"() {
        given:
        def client = register()
        def id = Browser.parameters(Browser.location(authorize(client))).consent
        portcullis.admin(HttpRequest.PATCH("/oauth2/consent/requests/$id/accept", [subject: 'early-user', grantScopes: ['openid']]))
        def stranger = new Browser(portcullis)

        when:
        def response = stranger.get("/oauth2/auth?consent=$id")

        then:
        response.status == HttpStatus.BAD_REQUEST
        !Browser.location(response)

        cleanup:
        stranger?.close()
    }

    // Flush and introspection

    def "flush deletes the records of tokens that expired before notAfter, and keeps the others"() {
        given:
        def shortLived = register([grant_types: ['client_credentials'], client_credentials_grant_access_token_lifespan: '1s',
                                   client_secret: 'short-lived-secret-long-enough', public: false, redirect_uris: null, response_types: null,
                                   scope: 'read'])
        def expired = token(shortLived, 'short-lived-secret-long-enough')
        def live = token(register([grant_types: ['client_credentials'], client_secret: 'long-lived-secret-long-enough', public: false,
                                   redirect_uris: null, response_types: null, scope: 'read']), 'long-lived-secret-long-enough')
        sleep(1200)

        when: 'notAfter before the expiry keeps it'
        def kept = portcullis.admin(HttpRequest.POST('/oauth2/flush', [notAfter: '2001-01-01T00:00:00Z']))

        then:
        kept.status == HttpStatus.NO_CONTENT
        recordsOf(shortLived.id) == 1

        when: 'notAfter now deletes it'
        def flushed = portcullis.admin(HttpRequest.POST('/oauth2/flush', [notAfter: Instant.now().toString()]))

        then:
        flushed.status == HttpStatus.NO_CONTENT
        recordsOf(shortLived.id) == 0
        introspect(expired).active == false
        introspect(live).active == true

        expect: 'without a body, now'
        portcullis.admin(HttpRequest.POST('/oauth2/flush', '').contentType(MediaType.APPLICATION_JSON)).status == HttpStatus.NO_CONTENT

        and: 'a notAfter that is not RFC 3339 is a 400'
        portcullis.body(portcullis.admin(HttpRequest.POST('/oauth2/flush', [notAfter: 'yesterday']))).error == 'invalid_request'
    }

    def "introspection with scope: a token lacking one of them is inactive, for the operator and for a client"() {
        given:
        def caller = register([grant_types: ['client_credentials'], client_secret: 'introspecting-secret-long-enough', public: false,
                               redirect_uris: null, response_types: null, scope: 'read write'])
        def token = token(caller, 'introspecting-secret-long-enough', 'read write')

        expect:
        introspect(token, scope).active == active
        clientIntrospect(caller, 'introspecting-secret-long-enough', token, scope).active == active

        where:
        scope        || active
        null         || true
        'read'       || true
        'read write' || true
        'write read' || true
        'admin'      || false
        'read admin' || false
    }

    def "introspection without an admin token or client credentials is refused"() {
        when:
        def anonymous = portcullis.send(HttpRequest.POST('/oauth2/introspect', [token: 'x']).contentType(FORM))
        def badBearer = portcullis.send(HttpRequest.POST('/oauth2/introspect', [token: 'x']).contentType(FORM).bearerAuth('nope'))
        def unscoped = portcullis.send(HttpRequest.POST('/oauth2/introspect', [token: 'x']).contentType(FORM)
                .bearerAuth(client(RunningServer.ADMIN_CLIENT_ID)))

        then:
        anonymous.status == HttpStatus.UNAUTHORIZED
        portcullis.body(anonymous).error == 'invalid_client'
        badBearer.status == HttpStatus.UNAUTHORIZED
        badBearer.header('WWW-Authenticate').startsWith('Bearer ')
        unscoped.status == HttpStatus.FORBIDDEN
    }

    // Hydra 1.x's admin paths without /admin

    def "Hydra 1.x's admin paths answer as the v2 admin API: #path"() {
        expect:
        def old = portcullis.admin(HttpRequest.GET(path))
        def v2 = portcullis.admin(HttpRequest.GET('/admin' + path))
        old.status == v2.status
        portcullis.body(old) == portcullis.body(v2)

        where:
        path << ['/keys/hydra.openid.id-token', '/keys/no-such-set', '/oauth2/auth/requests/login?login_challenge=unknown',
                 '/oauth2/auth/requests/consent?consent_challenge=unknown', '/oauth2/auth/requests/logout?logout_challenge=unknown',
                 '/oauth2/auth/sessions/consent?subject=nobody']
    }

    def "a login request is answered on Hydra 1.x's path, with an empty body of any Content-Type where the answer needs none"() {
        given:
        def client = register()
        def challenge = Browser.parameters(Browser.location(authorize(client))).consent

        when: 'the v2 login request of the same flow, read and rejected on the 1.x path with no JSON'
        def read = portcullis.admin(HttpRequest.GET("/oauth2/auth/requests/login?login_challenge=$challenge"))
        def rejected = portcullis.admin(HttpRequest.PUT("/oauth2/auth/requests/login/reject?login_challenge=$challenge", '')
                .contentType(FORM))

        then:
        read.status == HttpStatus.OK
        portcullis.body(read).client.client_id == client.id
        rejected.status == HttpStatus.OK
        (portcullis.body(rejected).redirect_to as String).startsWith(issuer() + '/oauth2/auth?login_verifier=')
    }

    def "DELETE /oauth2/tokens revokes every token of one client"() {
        given:
        def caller = register([grant_types: ['client_credentials'], client_secret: 'revoked-client-secret-long', public: false,
                               redirect_uris: null, response_types: null, scope: 'read'])
        def token = token(caller, 'revoked-client-secret-long')

        when:
        def revoked = portcullis.admin(HttpRequest.DELETE("/oauth2/tokens?client_id=${caller.id}"))

        then:
        revoked.status == HttpStatus.NO_CONTENT
        introspect(token).active == false
    }

    // Helpers

    Map register(Map document = [:]) {
        def body = [id: "early-${UUID.randomUUID()}".toString(), public: true, owner: owner, redirect_uris: [CALLBACK],
                    grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
                    scope: 'openid offline_access read write'] + document
        def response = portcullis.admin(HttpRequest.POST('/clients', body.findAll { it.value != null }))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<String> authorize(Map client, Map<String, String> extra = [:]) {
        def parameters = [response_type: 'code', client_id: client.id, redirect_uri: CALLBACK, scope: 'openid offline_access',
                          state: 'state-1', code_challenge: AuthorizationCodeFlowSpec.challenge(verifier),
                          code_challenge_method: 'S256'] + extra
        browser.get('/oauth2/auth?' + parameters.collect { k, v -> "$k=${AuthorizationCodeFlowSpec.enc(v as String)}" }.join('&'))
    }

    String token(Map client, String secret, String scope = 'read') {
        def response = portcullis.token(client.id as String, secret, [grant_type: 'client_credentials', scope: scope])
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response).access_token
    }

    /** A token of this client without the admin scope. */
    String client(String clientId) {
        def response = portcullis.token(clientId, RunningServer.ADMIN_CLIENT_SECRET, [grant_type: 'client_credentials', scope: ''])
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response).access_token
    }

    Map introspect(String token, String scope = null) {
        def form = [token: token] + (scope == null ? [:] : [scope: scope])
        def response = portcullis.admin(HttpRequest.POST('/oauth2/introspect', form).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map clientIntrospect(Map client, String secret, String token, String scope) {
        def form = [token: token] + (scope == null ? [:] : [scope: scope])
        def response = portcullis.send(HttpRequest.POST('/oauth2/introspect', form).contentType(FORM)
                .header('Authorization', RunningServer.basic(client.id as String, secret)))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminGet(String path) {
        def response = portcullis.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpStatus adminStatus(io.micronaut.http.MutableHttpRequest<?> request) {
        portcullis.admin(request).status
    }

    long recordsOf(String clientId) {
        portcullis.rows("SELECT COUNT(*) AS n FROM tokens WHERE client_id = '$clientId'")[0].n as long
    }

    String issuer() {
        portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }
}
