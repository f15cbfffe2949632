package dev.portcullis.bootstrap

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.exceptions.HttpClientResponseException
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * Authress's platform extensions (seed 000) through the whole server over HTTP, on one storage, in the seed's wire
 * format: /v1/extensions CRUD and paging, the extension's login at GET / and its token request at
 * /api/authentication/oauth/tokens, the login and consent app played through the Hydra v2 admin API. Subclasses
 * pick the storage.
 */
abstract class AuthressSurfaceFlowSpec extends Specification {

    static final String LINKS_JSON = 'application/links+json'
    static final String CALLBACK = 'https://extension.example.com/login-redirect'
    static final String OTHER_CALLBACK = 'http://127.0.0.1:5173/callback'
    static final String TOKENS = '/api/authentication/oauth/tokens'
    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @AutoCleanup
    Browser browser

    def setupSpec() {
        portcullis = new RunningServer(storageProperties())
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    String subject = "authress-user-${UUID.randomUUID()}".toString()
    String verifier = AuthorizationCodeFlowSpec.randomVerifier()

    // The extensions API

    def "POST /v1/extensions creates an extension: 201 with the Extension, a public PKCE client whose client_id is the extensionId"() {
        when:
        def created = call(HttpMethod.POST, '/v1/extensions', [name: 'Calendar sync', application: [redirectUrls: [CALLBACK]]])

        then: "Authress's Extension, as application/links+json"
        created.status == HttpStatus.CREATED
        created.contentType.startsWith(LINKS_JSON)
        created.header('Cache-Control') == 'no-store'
        def extension = created.json as Map
        extension.keySet() == ['extensionId', 'name', 'application', 'createdTime'] as Set
        extension.extensionId
        extension.name == 'Calendar sync'
        extension.application == [redirectUrls: [CALLBACK]]
        java.time.Instant.parse(extension.createdTime as String)
        created.header('Location') == "/v1/extensions/${extension.extensionId}"

        and: 'the client behind it, as the admin API shows it'
        def client = adminClient(extension.extensionId as String)
        client.client_id == extension.extensionId
        client.client_name == 'Calendar sync'
        client.token_endpoint_auth_method == 'none'
        client.grant_types == ['authorization_code', 'refresh_token']
        client.response_types == ['code']
        client.redirect_uris == [CALLBACK]
        client.scope.split(' ') as Set == ['openid', 'offline_access'] as Set
        !client.client_secret
    }

    def "POST /v1/extensions takes the extensionId the body chooses"() {
        given:
        def id = "ext_${UUID.randomUUID()}".toString()

        when:
        def created = call(HttpMethod.POST, '/v1/extensions', [extensionId: id, name: 'Chosen', application: [redirectUrls: [CALLBACK]]])

        then:
        created.status == HttpStatus.CREATED
        created.json.extensionId == id
        call(HttpMethod.GET, "/v1/extensions/$id").json.name == 'Chosen'

        and: 'a second extension with that id is a conflict'
        call(HttpMethod.POST, '/v1/extensions', [extensionId: id, name: 'Again', application: [redirectUrls: [CALLBACK]]]).status == HttpStatus.CONFLICT
    }

    def "GET, PUT and DELETE /v1/extensions/{extensionId} read, replace and delete the extension"() {
        given:
        def extension = create('Before')
        def id = extension.extensionId

        when:
        def read = call(HttpMethod.GET, "/v1/extensions/$id")

        then:
        read.status == HttpStatus.OK
        read.contentType.startsWith(LINKS_JSON)
        read.json == extension

        when: 'PUT replaces the name and the redirect URLs'
        def replaced = call(HttpMethod.PUT, "/v1/extensions/$id", [name: 'After', application: [redirectUrls: [CALLBACK, OTHER_CALLBACK]]])

        then:
        replaced.status == HttpStatus.OK
        replaced.json == [extensionId: id, name: 'After', application: [redirectUrls: [CALLBACK, OTHER_CALLBACK]],
                          createdTime: extension.createdTime]
        call(HttpMethod.GET, "/v1/extensions/$id").json == replaced.json
        adminClient(id).redirect_uris == [CALLBACK, OTHER_CALLBACK]
        adminClient(id).token_endpoint_auth_method == 'none'

        when:
        def deleted = call(HttpMethod.DELETE, "/v1/extensions/$id")

        then:
        deleted.status == HttpStatus.NO_CONTENT
        call(HttpMethod.GET, "/v1/extensions/$id").status == HttpStatus.NOT_FOUND
        portcullis.admin(HttpRequest.GET("/admin/clients/$id")).status == HttpStatus.NOT_FOUND
    }

    def "the API answers application/json when asked for it: #method #path"() {
        given:
        def id = create('JSON please').extensionId

        when:
        def response = call(HttpMethod.valueOf(method), path.replace('ID', id), body, MediaType.APPLICATION_JSON)

        then:
        response.status.code < 300
        response.contentType.startsWith(MediaType.APPLICATION_JSON)
        response.json

        where:
        method | path                  | body
        'POST' | '/v1/extensions'      | [name: 'JSON', application: [redirectUrls: [CALLBACK]]]
        'GET'  | '/v1/extensions'      | null
        'GET'  | '/v1/extensions/ID'   | null
        'PUT'  | '/v1/extensions/ID'   | [name: 'JSON', application: [redirectUrls: [CALLBACK]]]
    }

    def "GET /v1/extensions and /v1/extensions/ list the extensions only, not the server's other clients"() {
        given:
        def extension = create('Listed')
        def other = portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: 'not an extension', token_endpoint_auth_method: 'none',
                grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [CALLBACK]]))
        assert other.status == HttpStatus.CREATED
        def otherId = portcullis.body(other).client_id

        when:
        def plain = walk('/v1/extensions', 500)
        def slashed = walk('/v1/extensions/', 500)

        then:
        plain*.extensionId.contains(extension.extensionId)
        plain == slashed
        !plain*.extensionId.contains(otherId)
        !plain*.extensionId.contains(RunningServer.ADMIN_CLIENT_ID)

        and: 'nor does the extensions API read, change or delete another client'
        call(HttpMethod.GET, "/v1/extensions/$otherId").status == HttpStatus.NOT_FOUND
        call(HttpMethod.PUT, "/v1/extensions/$otherId", [name: 'hijacked', application: [redirectUrls: [CALLBACK]]]).status == HttpStatus.NOT_FOUND
        call(HttpMethod.DELETE, "/v1/extensions/$otherId").status == HttpStatus.NOT_FOUND
        adminClient(otherId).client_name == 'not an extension'
    }

    def "the list pages with limit and an opaque cursor, and the walk sees every extension exactly once"() {
        given: 'more extensions than a page holds, between clients that are not extensions'
        def created = (1..7).collect { n ->
            portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: "between $n".toString(), grant_types: ['client_credentials']]))
            create("Paged $n").extensionId
        }

        when:
        def first = call(HttpMethod.GET, '/v1/extensions?limit=3')

        then: "Authress's ExtensionCollection"
        first.status == HttpStatus.OK
        first.contentType.startsWith(LINKS_JSON)
        first.json.keySet() == ['extensions', 'pagination', 'links'] as Set
        first.json.extensions.size() == 3
        first.json.pagination.next.cursor instanceof String
        first.json.links.self.href == issuer() + '/v1/extensions?limit=3'
        first.json.links.next.href == issuer() + '/v1/extensions?limit=3&cursor=' + AuthorizationCodeFlowSpec.enc(first.json.pagination.next.cursor as String)

        when:
        def pages = []
        def cursor = null
        do {
            def page = call(HttpMethod.GET, '/v1/extensions?limit=3' + (cursor ? "&cursor=${AuthorizationCodeFlowSpec.enc(cursor)}" : ''))
            assert page.status == HttpStatus.OK
            pages << page.json
            cursor = page.json.pagination?.next?.cursor
        } while (cursor)
        def seen = pages.collectMany { it.extensions*.extensionId }

        then: 'every page within the limit, each extension once, the last page without a next cursor or link'
        pages.every { it.extensions.size() <= 3 }
        seen.size() == seen.toSet().size()
        seen.containsAll(created)
        seen == walk('/v1/extensions', 500)*.extensionId
        !pages.last().pagination.next
        !pages.last().links.next

        and: 'the default limit is 20'
        (21 - seen.size()).times { create('Filler') }
        call(HttpMethod.GET, '/v1/extensions').json.extensions.size() == 20
    }

    def "among many clients that are not extensions a page may come short, with a cursor, and the walk still sees each extension once"() {
        given: 'two extensions with twenty other clients between them, by id'
        def prefix = "walk-${UUID.randomUUID()}-".toString()
        def first = create(prefix + 'a', 'First of the walk')
        (1..20).each { n ->
            def other = portcullis.admin(HttpRequest.POST('/admin/clients', [client_id: prefix + 'c' + String.format('%02d', n),
                                                                            grant_types: ['client_credentials']]))
            assert other.status == HttpStatus.CREATED
        }
        def last = create(prefix + 'z', 'Last of the walk')

        when:
        def pages = []
        def cursor = null
        do {
            def page = call(HttpMethod.GET, '/v1/extensions?limit=1' + (cursor ? "&cursor=${AuthorizationCodeFlowSpec.enc(cursor)}" : ''))
            assert page.status == HttpStatus.OK
            pages << page.json
            cursor = page.json.pagination?.next?.cursor
        } while (cursor)
        def seen = pages.collectMany { it.extensions*.extensionId }

        then: 'a page between the two is empty but goes on'
        pages.any { it.extensions.isEmpty() && it.pagination.next.cursor }
        seen.size() == seen.toSet().size()
        seen.containsAll([first.extensionId, last.extensionId])
        seen.indexOf(last.extensionId) == seen.indexOf(first.extensionId) + 1
    }

    // The extension's login and token request

    def "GET / starts the extension's login; its code, redeemed at /api/authentication/oauth/tokens, gives tokens; DELETE revokes them"() {
        given:
        def id = create('Login').extensionId

        when: "the browser arrives at GET / with the seed's parameters, code_challenge_method left to its default"
        def start = browser.get('/?' + query([client_id: id, code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), redirect_uri: CALLBACK]))
        def challenge = Browser.parameters(Browser.location(start)).login_challenge

        then: 'the login app gets the request, with the implied openid scope'
        start.status == HttpStatus.FOUND
        challenge
        def loginRequest = adminGet("/admin/oauth2/auth/requests/login?login_challenge=$challenge")
        loginRequest.client.client_id == id
        loginRequest.requested_scope == ['openid']
        loginRequest.request_url.startsWith(issuer() + '/?client_id=')

        when: 'login and consent, then the code at the JSON token endpoint'
        def code = Browser.parameters(consent(login(challenge), [grant_scope: ['openid']])).code
        def exchanged = json(TOKENS, [grant_type: 'authorization_code', code: code, code_verifier: verifier,
                                      client_id: id, redirect_uri: CALLBACK], LINKS_JSON)

        then: 'the OAuth token response, as the seed asks for it'
        exchanged.status == HttpStatus.OK
        exchanged.contentType.startsWith(LINKS_JSON)
        exchanged.header('Cache-Control') == 'no-store'
        exchanged.json.access_token
        exchanged.json.token_type.equalsIgnoreCase('bearer')
        exchanged.json.expires_in > 0
        exchanged.json.id_token
        adminIntrospect(exchanged.json.access_token as String).active == true
        adminIntrospect(exchanged.json.access_token as String).client_id == id
        adminIntrospect(exchanged.json.access_token as String).sub == subject

        when:
        def deleted = call(HttpMethod.DELETE, "/v1/extensions/$id")

        then: 'the token is inactive as soon as the DELETE has returned, and the extension can no longer log in'
        deleted.status == HttpStatus.NO_CONTENT
        adminIntrospect(exchanged.json.access_token as String).active == false
        browser.get('/?' + query([client_id: id, code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), redirect_uri: CALLBACK])).status == HttpStatus.UNAUTHORIZED
    }

    def "the extension's refresh token, with offline_access asked for, works at the JSON token endpoint and dies with the extension"() {
        given:
        def id = create('Offline').extensionId
        def start = browser.get('/?' + query([client_id: id, code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), redirect_uri: CALLBACK,
                                              code_challenge_method: 'S256', scope: 'openid offline_access', state: 'ext-state']))
        def redirect = consent(login(Browser.parameters(Browser.location(start)).login_challenge), [grant_scope: ['openid', 'offline_access']])
        def tokens = json(TOKENS, [grant_type: 'authorization_code', code: Browser.parameters(redirect).code, code_verifier: verifier,
                                   client_id: id, redirect_uri: CALLBACK]).json

        expect:
        Browser.parameters(redirect).state == 'ext-state'
        tokens.refresh_token

        when:
        def refreshed = json(TOKENS, [grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: id])

        then:
        refreshed.status == HttpStatus.OK
        refreshed.json.access_token != tokens.access_token

        when:
        call(HttpMethod.DELETE, "/v1/extensions/$id")

        then:
        adminIntrospect(refreshed.json.refresh_token as String).active == false
        json(TOKENS, [grant_type: 'refresh_token', refresh_token: refreshed.json.refresh_token, client_id: id]).status == HttpStatus.UNAUTHORIZED
    }

    def "deleting an extension forgets the consents given to it: one created again under the same extensionId is asked again"() {
        given: 'an extension the user consented to, remembered'
        def id = "ext_${UUID.randomUUID()}".toString()
        def extension = [extensionId: id, name: 'Remembered', application: [redirectUrls: [CALLBACK]]]
        assert call(HttpMethod.POST, '/v1/extensions', extension).status == HttpStatus.CREATED
        consent(login(loginChallenge(id)), [grant_scope: ['openid'], remember: true, remember_for: 3600])

        expect: 'the next login of the extension skips the consent'
        adminGet("/admin/oauth2/auth/requests/consent?consent_challenge=${login(loginChallenge(id))}").skip == true
        consentSessions().any { it.consent_request.client.client_id == id }

        when:
        assert call(HttpMethod.DELETE, "/v1/extensions/$id").status == HttpStatus.NO_CONTENT
        assert call(HttpMethod.POST, '/v1/extensions', extension).status == HttpStatus.CREATED

        then:
        !consentSessions().any { it.consent_request.client.client_id == id }
        adminGet("/admin/oauth2/auth/requests/consent?consent_challenge=${login(loginChallenge(id))}").skip == false
    }

    def "the JSON token endpoint takes client credentials in the body, or in HTTP Basic, as /oauth2/token does"() {
        given: 'a service client that authenticates with client_secret_post'
        def registered = portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: 'service client', grant_types: ['client_credentials'],
                token_endpoint_auth_method: 'client_secret_post', scope: 'calendar:read']))
        assert registered.status == HttpStatus.CREATED
        def client = portcullis.body(registered) as Map

        when:
        def response = json(TOKENS, [grant_type: 'client_credentials', client_id: client.client_id,
                                     client_secret: client.client_secret, scope: 'calendar:read'])

        then:
        response.status == HttpStatus.OK
        response.json.scope == 'calendar:read'
        adminIntrospect(response.json.access_token as String).active == true
        adminIntrospect(response.json.access_token as String).client_id == client.client_id

        when: 'the admin client, which authenticates with HTTP Basic'
        def basic = answer(HttpRequest.POST(TOKENS, JsonOutput.toJson([grant_type: 'client_credentials', scope: RunningServer.ADMIN_SCOPE]))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header('Authorization', RunningServer.basic(RunningServer.ADMIN_CLIENT_ID, RunningServer.ADMIN_CLIENT_SECRET)))

        then:
        basic.status == HttpStatus.OK
        basic.json.scope == RunningServer.ADMIN_SCOPE
    }

    def "GET / without client_id stays what the server answers there without the surface: 404, in RFC 6749's JSON"() {
        when:
        def response = browser.get('/')

        then:
        response.status == HttpStatus.NOT_FOUND
        new JsonSlurper().parseText(response.body()) == [error: 'not_found', error_description: 'no such resource']
    }

    def "GET / with an unknown extension or an unregistered redirect_uri shows an error page, and sends nobody anywhere"() {
        given:
        def id = create('Strict').extensionId

        expect:
        def unknown = browser.get('/?' + query([client_id: 'no-such-extension', code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), redirect_uri: CALLBACK]))
        unknown.status == HttpStatus.UNAUTHORIZED
        unknown.body().contains('invalid_client')
        !Browser.location(unknown)
        def wrongRedirect = browser.get('/?' + query([client_id: id, code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), redirect_uri: 'https://evil.example.com/']))
        wrongRedirect.status == HttpStatus.BAD_REQUEST
        !Browser.location(wrongRedirect)
    }

    def "GET / without a code_challenge sends the error back to the extension: PKCE is required"() {
        given:
        def id = create('PKCE').extensionId

        when:
        def response = browser.get('/?' + query([client_id: id, redirect_uri: CALLBACK, state: 's']))

        then:
        Browser.location(response).startsWith(CALLBACK + '?')
        Browser.parameters(Browser.location(response)).error == 'invalid_request'
        Browser.parameters(Browser.location(response)).state == 's'
    }

    def "the JSON token endpoint refuses what /oauth2/token refuses, in JSON: #why"() {
        given:
        def id = create('Refused').extensionId

        when:
        def response = raw(TOKENS, body(id))

        then:
        response.status == status
        response.json.error == error
        response.json.errorCode == error
        response.json.title
        response.header('Cache-Control') == 'no-store'

        where:
        why                      | body                                                                                                                                 || status                  | error
        'an unknown code'        | { String c -> JsonOutput.toJson([grant_type: 'authorization_code', client_id: c, code: 'nope', code_verifier: 'v' * 43, redirect_uri: CALLBACK]) } || HttpStatus.BAD_REQUEST | 'invalid_grant'
        'an unknown client'      | { String c -> JsonOutput.toJson([grant_type: 'authorization_code', client_id: 'nobody', code: 'nope', redirect_uri: CALLBACK]) }  || HttpStatus.UNAUTHORIZED | 'invalid_client'
        'a wrong client secret'  | { String c -> JsonOutput.toJson([grant_type: 'client_credentials', client_id: RunningServer.ADMIN_CLIENT_ID, client_secret: 'wrong']) } || HttpStatus.UNAUTHORIZED | 'invalid_client'
        'no grant_type'          | { String c -> JsonOutput.toJson([client_id: c, code: 'nope']) }                                                                   || HttpStatus.BAD_REQUEST  | 'invalid_request'
        'an unknown grant_type'  | { String c -> JsonOutput.toJson([grant_type: 'password', client_id: c]) }                                                         || HttpStatus.BAD_REQUEST  | 'unsupported_grant_type'
        'a member not a string'  | { String c -> JsonOutput.toJson([grant_type: 'authorization_code', client_id: c, code: 42]) }                                     || HttpStatus.BAD_REQUEST  | 'invalid_request'
        'a body not JSON'        | { String c -> 'grant_type=authorization_code' }                                                                                    || HttpStatus.BAD_REQUEST  | 'invalid_request'
        'a JSON array'           | { String c -> '[]' }                                                                                                               || HttpStatus.BAD_REQUEST  | 'invalid_request'
    }

    // Errors of the extensions API

    def "#method #path needs an admin bearer token: 401 without one or with a bad one, 403 without portcullis:admin, in Authress's error body"() {
        given:
        def unscoped = portcullis.token(RunningServer.ADMIN_CLIENT_ID, RunningServer.ADMIN_CLIENT_SECRET, [grant_type: 'client_credentials', scope: ''])
        def plainToken = portcullis.body(unscoped).access_token as String
        def body = method in ['POST', 'PUT'] ? [name: 'x', application: [redirectUrls: [CALLBACK]]] : null

        when:
        def anonymous = call(HttpMethod.valueOf(method), path, body, LINKS_JSON, null)
        def invalid = call(HttpMethod.valueOf(method), path, body, LINKS_JSON, 'not-a-token')
        def forbidden = call(HttpMethod.valueOf(method), path, body, LINKS_JSON, plainToken)

        then:
        anonymous.status == HttpStatus.UNAUTHORIZED
        anonymous.json.errorCode == 'invalid_token'
        anonymous.json.title
        anonymous.header('WWW-Authenticate').startsWith('Bearer ')
        invalid.status == HttpStatus.UNAUTHORIZED
        invalid.json.errorCode == 'invalid_token'
        forbidden.status == HttpStatus.FORBIDDEN
        forbidden.json.errorCode == 'insufficient_scope'
        forbidden.json.title.contains('portcullis:admin')

        where:
        method   | path
        'POST'   | '/v1/extensions'
        'GET'    | '/v1/extensions'
        'GET'    | '/v1/extensions/'
        'GET'    | '/v1/extensions/some-extension'
        'PUT'    | '/v1/extensions/some-extension'
        'DELETE' | '/v1/extensions/some-extension'
    }

    def "#method of an unknown extension is a 404 in Authress's error body"() {
        when:
        def response = call(HttpMethod.valueOf(method), '/v1/extensions/no-such-extension', body)

        then:
        response.status == HttpStatus.NOT_FOUND
        response.json == [errorCode: 'not_found', title: 'no extension with this extensionId']

        where:
        method   | body
        'GET'    | null
        'PUT'    | [name: 'x', application: [redirectUrls: [CALLBACK]]]
        'DELETE' | null
    }

    def "an extension the body cannot describe is a 400 in Authress's error body: #why"() {
        when:
        def response = raw('/v1/extensions', body, portcullis.adminToken())

        then:
        response.status == HttpStatus.BAD_REQUEST
        response.json.errorCode == errorCode
        response.json.title
        !response.json.error

        where:
        why                                | body                                                                                 || errorCode
        'no name'                          | JsonOutput.toJson([application: [redirectUrls: [CALLBACK]]])                         || 'invalid_request'
        'a name that is not a string'      | JsonOutput.toJson([name: 7, application: [redirectUrls: [CALLBACK]]])                || 'invalid_request'
        'no redirect URL'                  | JsonOutput.toJson([name: 'x'])                                                        || 'invalid_redirect_uri'
        'a redirect URL with a fragment'   | JsonOutput.toJson([name: 'x', application: [redirectUrls: ['https://x.example.com/#f']]]) || 'invalid_redirect_uri'
        'a plain http redirect URL'        | JsonOutput.toJson([name: 'x', application: [redirectUrls: ['http://x.example.com/cb']]]) || 'invalid_redirect_uri'
        'redirectUrls not an array'        | JsonOutput.toJson([name: 'x', application: [redirectUrls: CALLBACK]])                 || 'invalid_request'
        'a malformed extensionId'          | JsonOutput.toJson([extensionId: 'a b', name: 'x', application: [redirectUrls: [CALLBACK]]]) || 'invalid_client_metadata'
        'not JSON'                         | 'name=x'                                                                              || 'invalid_request'
    }

    def "a PUT the body cannot describe is a 400, and the extension stays as it was: #why"() {
        given:
        def extension = create('Unchanged')

        when:
        def response = raw("/v1/extensions/${extension.extensionId}", body, portcullis.adminToken(), HttpMethod.PUT)

        then:
        response.status == HttpStatus.BAD_REQUEST
        response.json.errorCode == errorCode
        call(HttpMethod.GET, "/v1/extensions/${extension.extensionId}").json == extension

        where:
        why                             | body                                                                                       || errorCode
        'no name'                       | JsonOutput.toJson([application: [redirectUrls: [CALLBACK]]])                               || 'invalid_request'
        'no redirect URL'               | JsonOutput.toJson([name: 'x', application: [redirectUrls: []]])                             || 'invalid_redirect_uri'
        'another extensionId'           | JsonOutput.toJson([extensionId: 'another', name: 'x', application: [redirectUrls: [CALLBACK]]]) || 'invalid_request'
    }

    def "bad paging is a 400 in Authress's error body: #query"() {
        when:
        def response = call(HttpMethod.GET, "/v1/extensions?$query")

        then:
        response.status == HttpStatus.BAD_REQUEST
        response.json.errorCode == 'invalid_request'
        response.json.title

        where:
        query << ['limit=0', 'limit=501', 'limit=abc', 'cursor=not-a-cursor', 'cursor=' + Base64.urlEncoder.encodeToString('after:'.bytes)]
    }

    // Helpers

    /** The response of a JSON request to the server, with the body parsed whatever JSON media type it came as. */
    static class Answer {
        HttpStatus status
        HttpResponse<String> response
        Object json

        String header(String name) { response.header(name) }

        String getContentType() { response.contentType.map { it.toString() }.orElse('') }
    }

    /** Sends a request with a JSON body (when there is one) and the admin token, unless another token is given. */
    Answer call(HttpMethod method, String path, Object body = null, String accept = LINKS_JSON, String token = portcullis.adminToken()) {
        MutableHttpRequest<?> request = HttpRequest.create(method, path)
        if (body != null) {
            request.body(JsonOutput.toJson(body)).contentType(MediaType.APPLICATION_JSON_TYPE)
        }
        request.accept(MediaType.of(accept))
        if (token != null) {
            request.bearerAuth(token)
        }
        answer(request)
    }

    /** Posts (or puts) {@code body} as it is, as application/json. */
    Answer raw(String path, String body, String token = null, HttpMethod method = HttpMethod.POST) {
        MutableHttpRequest<?> request = HttpRequest.create(method, path).body(body).contentType(MediaType.APPLICATION_JSON_TYPE)
        if (token != null) {
            request.bearerAuth(token)
        }
        answer(request)
    }

    /** A token request as the seed sends it: a JSON body, no credentials but those in it. */
    Answer json(String path, Map body, String accept = null) {
        MutableHttpRequest<?> request = HttpRequest.POST(path, JsonOutput.toJson(body)).contentType(MediaType.APPLICATION_JSON_TYPE)
        if (accept != null) {
            request.accept(MediaType.of(accept))
        }
        answer(request)
    }

    Answer answer(MutableHttpRequest<?> request) {
        HttpResponse<String> response
        try {
            response = portcullis.http.exchange(request, String)
        } catch (HttpClientResponseException e) {
            response = e.response as HttpResponse<String>
        }
        def text = response.getBody(String).orElse(null)
        new Answer(status: response.status, response: response, json: text ? new JsonSlurper().parseText(text) : null)
    }

    Map create(String name) {
        create(null, name)
    }

    Map create(String extensionId, String name) {
        def body = [name: name, application: [redirectUrls: [CALLBACK]]] + (extensionId ? [extensionId: extensionId] : [:])
        def created = call(HttpMethod.POST, '/v1/extensions', body)
        assert created.status == HttpStatus.CREATED: created.json
        created.json as Map
    }

    /** Every extension, following the cursor from {@code path}. */
    List<Map> walk(String path, int limit) {
        def all = []
        def cursor = null
        do {
            def page = call(HttpMethod.GET, "$path?limit=$limit" + (cursor ? "&cursor=${AuthorizationCodeFlowSpec.enc(cursor)}" : ''))
            assert page.status == HttpStatus.OK: page.json
            all.addAll(page.json.extensions)
            cursor = page.json.pagination?.next?.cursor
        } while (cursor)
        all
    }

    Map adminClient(String id) {
        adminGet("/admin/clients/$id")
    }

    static String query(Map<String, String> parameters) {
        parameters.collect { k, v -> "$k=${AuthorizationCodeFlowSpec.enc(v)}" }.join('&')
    }

    /** The browser at GET / for the extension: the login challenge it is sent to the login app with. */
    String loginChallenge(String id) {
        def start = browser.get('/?' + query([client_id: id, code_challenge: AuthorizationCodeFlowSpec.challenge(verifier), redirect_uri: CALLBACK]))
        assert start.status == HttpStatus.FOUND: start.body()
        Browser.parameters(Browser.location(start)).login_challenge
    }

    List<Map> consentSessions() {
        def response = portcullis.admin(HttpRequest.GET("/admin/oauth2/auth/sessions/consent?subject=$subject"))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as List<Map>
    }

    /** Accepts the login and follows redirect_to: the consent challenge. */
    String login(String challenge) {
        def redirectTo = adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$challenge", [subject: subject]).redirect_to
        def response = browser.get(redirectTo as String)
        assert response.status == HttpStatus.FOUND: response.body()
        Browser.parameters(Browser.location(response)).consent_challenge
    }

    /** Accepts the consent and follows redirect_to: where the browser is sent back to the extension. */
    String consent(String challenge, Map body) {
        def redirectTo = adminPut("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$challenge", body).redirect_to
        def response = browser.get(redirectTo as String)
        assert response.status == HttpStatus.FOUND: response.body()
        Browser.location(response)
    }

    Map adminGet(String path) {
        def response = portcullis.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminPut(String path, Map body) {
        def response = portcullis.admin(HttpRequest.PUT(path, body))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminIntrospect(String token) {
        def response = portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    String issuer() {
        portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }
}
