package dev.portcullis.bootstrap

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.util.concurrent.PollingConditions

import java.time.Instant

/**
 * SailPoint's OAuth clients API (seed 004) through the whole server over HTTP, on one storage, with the seed's wire
 * format: create, list with filters on lastUsed, get, patch and delete on /v3/oauth-clients and
 * /beta/oauth-clients, SailPoint's error bodies, and the clients it registers at work at the token endpoint. The
 * caller is a client holding SailPoint's scopes, as SailPoint's SDKs are. Subclasses pick the storage.
 */
abstract class SailPointSurfaceFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final MediaType JSON_PATCH = new MediaType('application/json-patch+json')
    static final String CALLBACK = 'http://localhost:12345'
    static final String MANAGE = 'sp:oauth-client:manage'
    static final String READ = 'sp:oauth-client:read'

    /** The seed's example request. */
    static final Map SEED_CLIENT = [
            internal                   : false,
            businessName               : 'Acme-Solar',
            description                : 'An API client used for the authorization_code, refresh_token, and client_credentials flows',
            refreshTokenValiditySeconds: 86400,
            type                       : 'CONFIDENTIAL',
            redirectUris               : ['http://localhost:12345', 'http://localhost:67890'],
            enabled                    : true,
            accessType                 : 'OFFLINE',
            grantTypes                 : ['AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS', 'REFRESH_TOKEN'],
            strongAuthSupported        : false,
            homepageUrl                : 'http://localhost:12345',
            accessTokenValiditySeconds : 750,
            scope                      : ['demo:api-client-scope:first', 'demo:api-client-scope:second'],
            name                       : 'Demo API Client',
            claimsSupported            : false]

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @Shared
    String manager

    @Shared
    String reader

    @Shared
    String outsider

    @AutoCleanup
    Browser browser

    def setupSpec() {
        // Last use is written every 100 ms rather than every minute, so that the lastUsed filters see it soon.
        portcullis = new RunningServer(storageProperties() + ['portcullis.clients.last-used-interval': '100ms'])
        manager = callerToken(MANAGE)
        reader = callerToken(READ)
        outsider = callerToken('calendar:read')
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    def "create, get, list and delete on #root, every member in SailPoint's shape"() {
        when:
        def created = sp(HttpRequest.POST(root, SEED_CLIENT))
        Map body = portcullis.body(created) as Map

        then: "CreateOAuthClientResponse: every member, and the secret this once"
        created.status == HttpStatus.OK
        created.header('Cache-Control') == 'no-store'
        body.keySet() == ['id', 'secret', 'businessName', 'homepageUrl', 'name', 'description', 'accessTokenValiditySeconds',
                          'refreshTokenValiditySeconds', 'redirectUris', 'grantTypes', 'accessType', 'type', 'internal',
                          'enabled', 'strongAuthSupported', 'claimsSupported', 'created', 'modified', 'lastUsed', 'scope',
                          'tenant'] as Set
        body.id
        (body.secret as String).length() >= 43
        body.subMap(SEED_CLIENT.keySet()) == SEED_CLIENT
        body.created ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/
        body.modified == body.created
        body.lastUsed == null
        body.tenant == null

        when:
        def read = sp(HttpRequest.GET("$root/${body.id}"))

        then: "GetOAuthClientResponse: the same without the secret"
        read.status == HttpStatus.OK
        portcullis.body(read) == body.findAll { it.key != 'secret' }

        when:
        def listed = sp(HttpRequest.GET(root))

        then:
        listed.status == HttpStatus.OK
        (portcullis.body(listed) as List).find { it.id == body.id } == body.findAll { it.key != 'secret' }

        when:
        def deleted = sp(HttpRequest.DELETE("$root/${body.id}"))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        notFound(sp(HttpRequest.GET("$root/${body.id}")))
        !(portcullis.body(sp(HttpRequest.GET(root))) as List).any { it.id == body.id }

        where:
        root << ['/v3/oauth-clients', '/beta/oauth-clients']
    }

    def "a client made on one path is the same client on the other, and on the admin API"() {
        given:
        Map created = create()

        expect:
        portcullis.body(sp(HttpRequest.GET("/beta/oauth-clients/${created.id}"))).name == 'Demo API Client'
        def hydra = portcullis.body(portcullis.admin(HttpRequest.GET("/admin/clients/${created.id}"))) as Map
        hydra.client_name == 'Demo API Client'
        hydra.owner == 'Acme-Solar'
        hydra.client_uri == 'http://localhost:12345'
        hydra.token_endpoint_auth_method == 'client_secret_post'
        hydra.grant_types == ['authorization_code', 'client_credentials', 'refresh_token']
        hydra.scope == 'demo:api-client-scope:first demo:api-client-scope:second offline_access'
        hydra.metadata.sailpoint == [description: SEED_CLIENT.description, internal: false, strongAuthSupported: false,
                                     claimsSupported: false, tenant: null]
    }

    def "the defaults: a public ONLINE client without scope gets SailPoint's sp:scopes:all and a day's refresh validity"() {
        when:
        Map created = create([type: 'PUBLIC', accessType: 'ONLINE', grantTypes: ['AUTHORIZATION_CODE'], scope: null,
                              refreshTokenValiditySeconds: null, businessName: null, homepageUrl: null, description: null])

        then:
        created.type == 'PUBLIC'
        created.accessType == 'ONLINE'
        created.scope == ['sp:scopes:all']
        created.refreshTokenValiditySeconds == 86400
        created.businessName == null
        created.homepageUrl == null
        created.description == null
        !created.containsKey('secret')
    }

    def "a client's tokens live accessTokenValiditySeconds, at /oauth2/token and at SailPoint's /oauth/token"() {
        given:
        Map client = create([accessTokenValiditySeconds: 321])

        when: 'client_credentials with the credentials in the form, as SailPoint clients send them'
        def token = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials', client_id: client.id,
                                                                       client_secret: client.secret, scope: 'demo:api-client-scope:first'])
                .contentType(FORM))

        then:
        token.status == HttpStatus.OK
        portcullis.body(token).expires_in == 321
        lifetime(portcullis.body(token).access_token as String) == 321

        when: 'the same as multipart/form-data at /oauth/token, the way SailPoint SDKs ask'
        def multipart = raw('/oauth/token', MULTIPART, multipart([grant_type   : 'client_credentials',
                                                                 client_id    : client.id,
                                                                 client_secret: client.secret]))

        then:
        multipart.status == 200
        multipart.headers.firstValue('Cache-Control').orElse(null) == 'no-store'
        multipart.json.expires_in == 321
    }

    def "multipart/form-data is refused at the discovered /oauth2/token, and malformed multipart at /oauth/token: #why"() {
        given:
        Map client = create()
        def fields = [grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret]

        when:
        def response = raw(path, contentType, body(fields))

        then:
        response.status == status
        response.json?.error == error

        where:
        why                        | path            | contentType           | body                                                                    || status | error
        'the discovered endpoint'  | '/oauth2/token' | MULTIPART             | { Map f -> multipart(f) }                                               || 400    | 'invalid_request'
        'no boundary'              | '/oauth/token'  | 'multipart/form-data' | { Map f -> multipart(f) }                                               || 400    | 'invalid_request'
        'a repeated parameter'     | '/oauth/token'  | MULTIPART             | { Map f -> multipart(f).replace(END, part('client_id', 'x') + END) }    || 400    | 'invalid_request'
        'a file'                   | '/oauth/token'  | MULTIPART             | { Map f -> multipart(f).replace('name="client_id"', 'name="client_id"; filename="id.txt"') } || 400 | 'invalid_request'
        'no closing boundary'      | '/oauth/token'  | MULTIPART             | { Map f -> multipart(f).replace(END, '') }                              || 400    | 'invalid_request'
        'a wrong secret'           | '/oauth/token'  | MULTIPART             | { Map f -> multipart(f + [client_secret: 'wrong-secret-value']) }      || 401    | 'invalid_client'
    }

    def "accessType OFFLINE: the code flow gives a refresh token living refreshTokenValiditySeconds"() {
        given:
        Map client = create([refreshTokenValiditySeconds: 4321])

        when:
        def tokens = codeFlow(client, 'demo:api-client-scope:first offline_access')

        then:
        tokens.expires_in == 750
        tokens.refresh_token
        def refresh = portcullis.body(portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: tokens.refresh_token])
                .contentType(FORM))) as Map
        refresh.active
        (refresh.exp as long) - (refresh.iat as long) == 4321

        when:
        def refreshed = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type   : 'refresh_token', client_id: client.id,
                                                                           client_secret: client.secret, refresh_token: tokens.refresh_token])
                .contentType(FORM))

        then:
        refreshed.status == HttpStatus.OK
        portcullis.body(refreshed).expires_in == 750
    }

    def "accessType ONLINE: no refresh token, offline_access is not the client's to ask for"() {
        given:
        Map client = create([accessType: 'ONLINE'])

        when: 'the code flow without offline_access'
        def tokens = codeFlow(client, 'demo:api-client-scope:first')

        then:
        tokens.access_token
        !tokens.containsKey('refresh_token')

        when: 'asking for offline_access'
        def refused = Browser.parameters(Browser.location(authorize(client, 'demo:api-client-scope:first offline_access', 'v' * 43)))

        then:
        refused.error == 'invalid_scope'
        !refused.code
    }

    def "lastUsed is set when the client authenticates, and the filters select on it: #filters"() {
        given: 'one client that authenticated and one that never did'
        Map used = create()
        Map unused = create()
        Instant before = Instant.now().minusSeconds(1)
        assert portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials', client_id: used.id,
                                                                  client_secret: used.secret]).contentType(FORM)).status == HttpStatus.OK
        String lastUsed = waitForLastUse(used.id as String)
        Instant after = Instant.now().plusSeconds(1)

        when:
        def response = sp(HttpRequest.GET('/v3/oauth-clients?filters=' + AuthorizationCodeFlowSpec.enc(
                filters.replace('BEFORE', before.toString()).replace('AFTER', after.toString()))))
        def ids = (portcullis.body(response) as List).collect { it.id }

        then:
        response.status == HttpStatus.OK
        Instant.parse(lastUsed).isAfter(before)
        (used.id in ids) == listsUsed
        (unused.id in ids) == listsUnused

        where:
        filters                                 || listsUsed | listsUnused
        'lastUsed isnull'                       || false     | true
        'lastUsed le AFTER'                     || true      | false
        'lastUsed le BEFORE'                    || false     | false
        'lastUsed isnull and lastUsed le AFTER' || false     | false
        'lastUsed le AFTER and lastUsed le BEFORE' || false  | false
    }

    def "filters other than lastUsed le and isnull are refused, saying what is supported: #filters"() {
        when:
        def response = sp(HttpRequest.GET('/v3/oauth-clients?filters=' + AuthorizationCodeFlowSpec.enc(filters)))

        then:
        badRequest(response)
        message(response).contains('lastUsed') && message(response).contains('le') && message(response).contains('isnull')

        where:
        filters << ['name eq "Demo API Client"', 'lastUsed ge 2023-02-05T10:59:27.214Z', 'lastUsed le yesterday',
                    'lastUsed isnull or lastUsed le 2023-02-05T10:59:27.214Z', 'lastUsed', 'lastUsed isnull and',
                    'not lastUsed isnull', '(lastUsed isnull)']
    }

    def "a patch changes exactly the fields it names, and the token endpoint follows"() {
        given:
        Map client = create()

        when: "the seed's example, and more of the patchable fields"
        def response = sp(patch("/v3/oauth-clients/${client.id}", [
                [op: 'replace', path: '/strongAuthSupported', value: true],
                [op: 'replace', path: '/businessName', value: 'acme-solar'],
                [op: 'test', path: '/accessTokenValiditySeconds', value: 750],
                [op: 'replace', path: '/accessTokenValiditySeconds', value: 120],
                [op: 'add', path: '/redirectUris/-', value: 'http://localhost:3000/callback'],
                [op: 'remove', path: '/grantTypes/2'],
                [op: 'replace', path: '/accessType', value: 'ONLINE'],
                [op: 'replace', path: '/tenant', value: 'acme'],
                [op: 'replace', path: '/description', value: null],
                [op: 'copy', from: '/name', path: '/businessName']]))
        Map patched = portcullis.body(response) as Map

        then:
        response.status == HttpStatus.OK
        patched.strongAuthSupported == true
        patched.businessName == 'Demo API Client'
        patched.accessTokenValiditySeconds == 120
        patched.redirectUris == SEED_CLIENT.redirectUris + ['http://localhost:3000/callback']
        patched.grantTypes == ['AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS']
        patched.accessType == 'ONLINE'
        patched.tenant == 'acme'
        patched.description == null
        patched.scope == SEED_CLIENT.scope
        !patched.containsKey('secret')
        patched.subMap(['id', 'name', 'type', 'created', 'refreshTokenValiditySeconds', 'enabled']) ==
                client.subMap(['id', 'name', 'type', 'created', 'refreshTokenValiditySeconds', 'enabled'])
        portcullis.body(sp(HttpRequest.GET("/v3/oauth-clients/${client.id}"))) == patched

        and: 'the same secret still works, and the new validity applies'
        def token = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials', client_id: client.id,
                                                                       client_secret: client.secret]).contentType(FORM))
        portcullis.body(token).expires_in == 120

        when: 'disabled'
        def disabled = sp(patch("/beta/oauth-clients/${client.id}", [[op: 'replace', path: '/enabled', value: false]]))

        then: 'it no longer authenticates'
        portcullis.body(disabled).enabled == false
        def refused = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials', client_id: client.id,
                                                                         client_secret: client.secret]).contentType(FORM))
        refused.status == HttpStatus.UNAUTHORIZED
        portcullis.body(refused).error == 'invalid_client'
    }

    def "a patch is refused with 400 and changes nothing: #why"() {
        given:
        Map client = create()
        def before = portcullis.body(sp(HttpRequest.GET("/v3/oauth-clients/${client.id}")))

        when:
        def response = sp(patch("/v3/oauth-clients/${client.id}", operations))

        then:
        badRequest(response)
        portcullis.body(sp(HttpRequest.GET("/v3/oauth-clients/${client.id}"))) == before

        where:
        why                                 | operations
        'a test that fails'                 | [[op: 'replace', path: '/name', value: 'x'], [op: 'test', path: '/enabled', value: false]]
        'the id'                            | [[op: 'replace', path: '/id', value: 'another']]
        'the type'                          | [[op: 'replace', path: '/type', value: 'PUBLIC']]
        'the scope'                         | [[op: 'add', path: '/scope/-', value: 'more']]
        'the creation time'                 | [[op: 'replace', path: '/created', value: '2020-01-01T00:00:00.000Z']]
        'lastUsed'                          | [[op: 'replace', path: '/lastUsed', value: '2020-01-01T00:00:00.000Z']]
        'a secret'                          | [[op: 'add', path: '/secret', value: 'a-chosen-secret-for-me']]
        'an unknown member'                 | [[op: 'add', path: '/owner', value: 'me']]
        'the whole client'                  | [[op: 'replace', path: '', value: [:]]]
        'moving a field that is not patchable' | [[op: 'move', from: '/type', path: '/description']]
        'a grant type SailPoint lacks'      | [[op: 'add', path: '/grantTypes/-', value: 'IMPLICIT']]
        'an accessType SailPoint lacks'     | [[op: 'replace', path: '/accessType', value: 'SOMETIMES']]
        'a validity of zero'                | [[op: 'replace', path: '/accessTokenValiditySeconds', value: 0]]
        'a validity that is text'           | [[op: 'replace', path: '/refreshTokenValiditySeconds', value: '60']]
        'an https-less redirect URI'        | [[op: 'add', path: '/redirectUris/-', value: 'http://example.com/cb']]
        'a name removed'                    | [[op: 'remove', path: '/name']]
        'a path that is not there'          | [[op: 'remove', path: '/redirectUris/7']]
        'an unknown op'                     | [[op: 'merge', path: '/name', value: 'x']]
        'an op without a value'             | [[op: 'replace', path: '/name']]
        'not an array'                      | [op: 'replace', path: '/name', value: 'x']
        'too many operations'               | (1..65).collect { [op: 'test', path: '/enabled', value: true] }
        'copies that grow the client'       | (1..20).collect { [op: 'copy', from: '/redirectUris', path: '/redirectUris/-'] }
    }

    def "copy amplification stops at the bound on the patched client's size, before memory does"() {
        given:
        Map client = create()

        when: 'each copy doubles the redirect URIs: 30 of them would make gigabytes'
        def doubling = sp(patch("/v3/oauth-clients/${client.id}",
                (1..30).collect { [op: 'copy', from: '/redirectUris', path: '/redirectUris/0'] }))

        then:
        badRequest(doubling)
        message(doubling).contains('larger than 65536 characters')
        portcullis.body(sp(HttpRequest.GET("/v3/oauth-clients/${client.id}"))).redirectUris == SEED_CLIENT.redirectUris
    }

    def "a patch needs application/json-patch+json; a malformed body is SailPoint's 400"() {
        given:
        Map client = create()

        expect:
        def json = sp(HttpRequest.PATCH("/v3/oauth-clients/${client.id}", [[op: 'replace', path: '/name', value: 'x']]))
        json.status == HttpStatus.UNSUPPORTED_MEDIA_TYPE
        errorResponse(json)
        badRequest(sp(HttpRequest.PATCH("/v3/oauth-clients/${client.id}", '[{"op": "replace",').contentType(JSON_PATCH)))
        badRequest(sp(HttpRequest.POST('/v3/oauth-clients', '{"name": ').contentType(MediaType.APPLICATION_JSON_TYPE)))
    }

    def "a creation is refused with SailPoint's 400 when #why"() {
        when:
        def response = sp(HttpRequest.POST('/v3/oauth-clients', SEED_CLIENT + change))

        then:
        badRequest(response)
        message(response).contains(named)

        where:
        why                                    | change                                     || named
        'name is missing'                      | [name: null]                               || 'name'
        'accessTokenValiditySeconds is missing' | [accessTokenValiditySeconds: null]        || 'accessTokenValiditySeconds'
        'grantTypes holds a lower-case name'   | [grantTypes: ['client_credentials']]       || 'grantTypes'
        'accessType is missing'                | [accessType: null]                         || 'accessType'
        'enabled is missing'                   | [enabled: null]                            || 'enabled'
        'type is neither'                      | [type: 'SECRET']                           || 'type'
        'homepageUrl is not a URL'             | [homepageUrl: 'acme']                      || 'homepageUrl'
        'scope holds offline_access'           | [scope: ['offline_access']]                || 'accessType'
        'a redirect URI has a fragment'        | [redirectUris: ['http://localhost:1/#x']]  || 'redirectUris'
        'enabled is text'                      | [enabled: 'yes']                           || 'enabled'
    }

    def "no token: 401 with SailPoint's {error} body on #method #path"() {
        when:
        def response = portcullis.send(HttpRequest.create(HttpMethod.valueOf(method), path))
        def withJunk = portcullis.send(HttpRequest.create(HttpMethod.valueOf(method), path).bearerAuth('not-a-token'))

        then:
        [response, withJunk].every {
            it.status == HttpStatus.UNAUTHORIZED && (portcullis.body(it) as Map).keySet() == ['error'] as Set &&
                    portcullis.body(it).error instanceof String && it.header('WWW-Authenticate')?.startsWith('Bearer')
        }

        where:
        method   | path
        'GET'    | '/v3/oauth-clients'
        'GET'    | '/beta/oauth-clients/some-id'
        'POST'   | '/v3/oauth-clients'
        'PATCH'  | '/v3/oauth-clients/some-id'
        'DELETE' | '/beta/oauth-clients/some-id'
    }

    def "403 in SailPoint's ErrorResponseDto without the scope: #who #method"() {
        given:
        Map client = create()
        String token = [outsider: outsider, reader: reader][who]

        when:
        MutableHttpRequest request = method == 'POST' ? HttpRequest.POST('/v3/oauth-clients', SEED_CLIENT)
                : method == 'PATCH' ? patch("/v3/oauth-clients/${client.id}", [[op: 'replace', path: '/name', value: 'x']])
                : HttpRequest.create(HttpMethod.valueOf(method), method == 'GET' ? '/v3/oauth-clients' : "/v3/oauth-clients/${client.id}")
        def response = portcullis.send(request.bearerAuth(token))

        then:
        response.status == HttpStatus.FORBIDDEN
        errorResponse(response)
        portcullis.body(response).detailCode == '403 Forbidden'
        message(response).contains(MANAGE)
        portcullis.body(sp(HttpRequest.GET("/v3/oauth-clients/${client.id}"))).name == 'Demo API Client'

        where:
        who        | method
        'outsider' | 'GET'
        'outsider' | 'POST'
        'reader'   | 'POST'
        'reader'   | 'PATCH'
        'reader'   | 'DELETE'
    }

    def "sp:oauth-client:read reads, and portcullis:admin does everything"() {
        given:
        Map client = create()

        expect:
        portcullis.send(HttpRequest.GET("/v3/oauth-clients/${client.id}").bearerAuth(reader)).status == HttpStatus.OK
        portcullis.send(HttpRequest.GET('/beta/oauth-clients').bearerAuth(reader)).status == HttpStatus.OK
        portcullis.admin(patch("/v3/oauth-clients/${client.id}", [[op: 'replace', path: '/name', value: 'by admin']])).status == HttpStatus.OK
        portcullis.admin(HttpRequest.DELETE("/v3/oauth-clients/${client.id}")).status == HttpStatus.NO_CONTENT
    }

    def "404 in SailPoint's ErrorResponseDto: #method #path"() {
        when:
        MutableHttpRequest request = HttpRequest.create(HttpMethod.valueOf(method), path)
        if (method == 'PATCH') {
            request = patch(path, [[op: 'replace', path: '/name', value: 'x']])
        }
        def response = sp(request)

        then:
        notFound(response)

        where:
        method   | path
        'GET'    | '/v3/oauth-clients/no-such-client'
        'PATCH'  | '/beta/oauth-clients/no-such-client'
        'DELETE' | '/v3/oauth-clients/no-such-client'
        'GET'    | '/v3/oauth-clients/no-such-client/secrets'
    }

    def "the framework's refusals come in SailPoint's shape too: a method the route lacks"() {
        when:
        def response = sp(HttpRequest.PUT('/v3/oauth-clients/some-id', [:]))

        then:
        response.status == HttpStatus.METHOD_NOT_ALLOWED
        errorResponse(response)
    }

    def "list takes SailPoint's limit and offset"() {
        given:
        3.times { create() }

        expect:
        (portcullis.body(sp(HttpRequest.GET('/v3/oauth-clients?limit=2'))) as List).size() == 2
        def all = portcullis.body(sp(HttpRequest.GET('/v3/oauth-clients'))) as List
        (portcullis.body(sp(HttpRequest.GET('/v3/oauth-clients?limit=1&offset=1'))) as List)*.id == [all[1].id]
        badRequest(sp(HttpRequest.GET('/v3/oauth-clients?limit=251')))
        badRequest(sp(HttpRequest.GET('/v3/oauth-clients?offset=-1')))
    }

    // Helpers

    /** A caller like SailPoint's SDKs: a client with the scope, and a client_credentials token for it. */
    String callerToken(String scope) {
        def registered = portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: "caller with $scope".toString(),
                                                                             grant_types: ['client_credentials'], scope: scope]))
        assert registered.status == HttpStatus.CREATED: portcullis.body(registered)
        Map caller = portcullis.body(registered) as Map
        def token = portcullis.token(caller.client_id as String, caller.client_secret as String,
                [grant_type: 'client_credentials', scope: scope])
        assert token.status == HttpStatus.OK: portcullis.body(token)
        portcullis.body(token).access_token
    }

    static MutableHttpRequest<?> patch(String path, Object operations) {
        HttpRequest.PATCH(path, groovy.json.JsonOutput.toJson(operations)).contentType(JSON_PATCH)
    }

    HttpResponse<Object> sp(MutableHttpRequest<?> request) {
        portcullis.send(request.bearerAuth(manager))
    }

    Map create(Map change = [:]) {
        def response = sp(HttpRequest.POST('/v3/oauth-clients', (SEED_CLIENT + change).findAll { it.value != null }))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    /** The code flow of a confidential SailPoint client, login and consent through the admin API: the token response. */
    Map codeFlow(Map client, String scope) {
        def verifier = AuthorizationCodeFlowSpec.randomVerifier()
        def challenge = Browser.parameters(Browser.location(authorize(client, scope, verifier))).login_challenge
        assert challenge
        def subject = "sailpoint-user-${UUID.randomUUID()}".toString()
        def loginTo = portcullis.body(portcullis.admin(HttpRequest.PUT(
                "/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject]))).redirect_to
        def consentChallenge = Browser.parameters(Browser.location(browser.get(loginTo as String))).consent_challenge
        def consentTo = portcullis.body(portcullis.admin(HttpRequest.PUT(
                "/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge",
                [grant_scope: scope.split(' ') as List]))).redirect_to
        def code = Browser.parameters(Browser.location(browser.get(consentTo as String))).code
        assert code
        def tokens = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type   : 'authorization_code', client_id: client.id,
                                                                        client_secret: client.secret, code: code,
                                                                        redirect_uri : CALLBACK, code_verifier: verifier])
                .contentType(FORM))
        assert tokens.status == HttpStatus.OK: portcullis.body(tokens)
        portcullis.body(tokens) as Map
    }

    HttpResponse<String> authorize(Map client, String scope, String verifier) {
        def parameters = [response_type: 'code', client_id: client.id, redirect_uri: CALLBACK, scope: scope,
                          state: 'sailpoint-state', code_challenge_method: 'S256',
                          code_challenge: AuthorizationCodeFlowSpec.challenge(verifier)]
        browser.get('/oauth2/auth?' + parameters.collect { k, v -> "$k=${AuthorizationCodeFlowSpec.enc(v as String)}" }.join('&'))
    }

    /** The client's lastUsed once the server has written it (every 100 ms here). */
    String waitForLastUse(String id) {
        new PollingConditions(timeout: 10, delay: 0.1).eventually {
            assert lastUse(id): "client $id never got a lastUsed"
        }
        lastUse(id)
    }

    String lastUse(String id) {
        portcullis.body(sp(HttpRequest.GET("/v3/oauth-clients/$id"))).lastUsed
    }

    static final String MULTIPART = 'multipart/form-data; boundary=sailpoint-boundary'
    static final String END = '--sailpoint-boundary--\r\n'

    static String multipart(Map<String, String> fields) {
        fields.collect { name, value -> part(name, value as String) }.join('') + END
    }

    static String part(String name, String value) {
        "--sailpoint-boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n"
    }

    /** A POST with exactly this body and Content-Type, which Micronaut's client would encode itself. */
    Map raw(String path, String contentType, String body) {
        def request = java.net.http.HttpRequest.newBuilder(portcullis.server.URI.resolve(path))
                .header('Content-Type', contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()
        def response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        [status : response.statusCode(), headers: response.headers(),
         json   : response.body() ? new groovy.json.JsonSlurper().parseText(response.body()) : null]
    }

    /** exp - iat of a JWT access token. */
    static long lifetime(String jwt) {
        def claims = com.nimbusds.jwt.SignedJWT.parse(jwt).JWTClaimsSet
        (claims.expirationTime.time - claims.issueTime.time).intdiv(1000) as long
    }

    boolean errorResponse(HttpResponse<Object> response) {
        Map body = portcullis.body(response) as Map
        assert body.keySet() == ['detailCode', 'trackingId', 'messages'] as Set: body
        assert body.trackingId ==~ /[0-9a-f]{32}/
        assert body.messages.size() == 1 && body.messages[0].keySet() == ['locale', 'localeOrigin', 'text'] as Set
        assert body.messages[0].locale == 'en-US' && body.messages[0].localeOrigin == 'DEFAULT' && body.messages[0].text
        true
    }

    boolean badRequest(HttpResponse<Object> response) {
        assert response.status == HttpStatus.BAD_REQUEST: portcullis.body(response)
        assert portcullis.body(response).detailCode == '400.1 Bad Request Content'
        errorResponse(response)
    }

    boolean notFound(HttpResponse<Object> response) {
        assert response.status == HttpStatus.NOT_FOUND: portcullis.body(response)
        assert portcullis.body(response).detailCode == '404 Not found'
        errorResponse(response)
    }

    String message(HttpResponse<Object> response) {
        portcullis.body(response).messages[0].text
    }
}
