package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.adapters.rest.AdminApiSpecification
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.uri.UriBuilder
import io.micronaut.test.extensions.spock.annotation.MicronautTest

@MicronautTest
class ClientsControllerSpec extends AdminApiSpecification {

    static final String CALLBACK = 'https://app.example.com/callback'
    static final String JSON_PATCH = 'application/json-patch+json'
    static final String NOW = '2030-01-01T00:00:00Z'

    /** A confidential web client with the authorization code grant, under a fresh client_id. */
    static Map<String, Object> webApp(Map<String, Object> overrides = [:]) {
        [client_id     : unique('web'),
         client_name   : 'Web app',
         owner         : 'team-a',
         redirect_uris : [CALLBACK],
         grant_types   : ['authorization_code', 'refresh_token'],
         response_types: ['code'],
         scope         : 'openid offline'] + overrides
    }

    /** Exchanges the request as the admin, reading a JSON object as a Map and a JSON array as a List. */
    HttpResponse<?> send(MutableHttpRequest<?> request) {
        client.toBlocking().exchange(asAdmin(request), Object)
    }

    String text(MutableHttpRequest<?> request) {
        client.toBlocking().exchange(asAdmin(request), String).body()
    }

    Map register(Map<String, Object> overrides = [:]) {
        send(HttpRequest.POST('/admin/clients', webApp(overrides))).body()
    }

    static String listUri(Map<String, Object> query) {
        def uri = UriBuilder.of('/admin/clients')
        query.each { name, value -> uri.queryParam(name, value) }
        uri.toString()
    }

    static Optional<String> nextLink(HttpResponse<?> response) {
        def match = response.header(HttpHeaders.LINK) =~ /<([^>]+)>;\s*rel="next"/
        match.find() ? Optional.of(match.group(1)) : Optional.empty()
    }

    def "registering a client answers 201 with its location and its secret"() {
        given:
        def registration = webApp()

        when:
        def response = send(HttpRequest.POST('/admin/clients', registration))

        then:
        response.status == HttpStatus.CREATED
        response.header(HttpHeaders.LOCATION) == "/admin/clients/${registration.client_id}"
        response.body().client_id == registration.client_id
        response.body().client_name == 'Web app'
        response.body().redirect_uris == [CALLBACK]
        response.body().created_at == NOW
        response.body().client_secret instanceof String
        !response.body().client_secret.isEmpty()
    }

    def "a client registered without client_id gets a generated one at the location returned"() {
        given:
        def registration = webApp()
        registration.remove('client_id')

        when:
        def response = send(HttpRequest.POST('/admin/clients', registration))

        then:
        response.status == HttpStatus.CREATED
        response.body().client_id ==~ /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
        response.header(HttpHeaders.LOCATION) == "/admin/clients/${response.body().client_id}"
        send(HttpRequest.GET(response.header(HttpHeaders.LOCATION))).body().client_id == response.body().client_id
    }

    def "a client whose id must be escaped in a URL (#id) is created at a location that reads it back"() {
        given:
        def clientId = id + UUID.randomUUID()

        when:
        def response = send(HttpRequest.POST('/admin/clients', webApp(client_id: clientId)))

        then:
        response.status == HttpStatus.CREATED
        send(HttpRequest.GET(response.header(HttpHeaders.LOCATION))).body().client_id == clientId

        where:
        id << ['pipe|', 'angle<brackets>', 'square[brackets]', 'caret^', 'braces{}', 'plus+', 'equals=', 'amp&', 'semi;colon', 'star*', 'tilde~colon:at@', "quote'"]
    }

    def "neither a #kind secret nor its hash appears when the client is read or listed"() {
        given:
        def owner = unique('owner')
        def created = register([owner: owner] + chosen)
        def secret = created.client_secret

        when:
        def read = text(HttpRequest.GET("/admin/clients/${created.client_id}"))
        def listed = text(HttpRequest.GET(listUri(owner: owner)))

        then:
        secret
        listed.contains(created.client_id)
        !read.contains(secret)
        !listed.contains(secret)
        ['"client_secret"', 'fake-generated:', 'fake-chosen:'].every { !read.contains(it) && !listed.contains(it) }

        where:
        kind        | chosen
        'generated' | [:]
        'chosen'    | [client_secret: 'a-chosen-secret-of-some-length']
    }

    def "rotating the secret returns a new one once and keeps it out of later reads"() {
        given:
        def created = register()

        when:
        def rotated = send(HttpRequest.POST("/admin/clients/${created.client_id}/secret", ''))
        def read = text(HttpRequest.GET("/admin/clients/${created.client_id}"))

        then:
        rotated.status == HttpStatus.OK
        rotated.body().client_id == created.client_id
        rotated.body().client_secret instanceof String
        rotated.body().client_secret != created.client_secret
        !read.contains(rotated.body().client_secret)
        !read.contains('fake-generated:')
    }

    def "an admin response to #what forbids caching"() {
        when:
        def response
        try {
            response = send(request.call(register().client_id))
        } catch (HttpClientResponseException e) {
            response = e.response
        }

        then:
        response.status.code == status
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        response.header(HttpHeaders.PRAGMA) == 'no-cache'

        where:
        what                             | status | request
        'a registration'                 | 201    | { String id -> HttpRequest.POST('/admin/clients', webApp()) }
        'a read'                         | 200    | { String id -> HttpRequest.GET("/admin/clients/$id") }
        'a list'                         | 200    | { String id -> HttpRequest.GET('/admin/clients') }
        'a secret rotation'              | 200    | { String id -> HttpRequest.POST("/admin/clients/$id/secret", '') }
        'a read of an unknown client'    | 404    | { String id -> HttpRequest.GET("/admin/clients/${unique('missing')}") }
        'a registration that is refused' | 400    | { String id -> HttpRequest.POST('/admin/clients', webApp(grant_types: 'x')) }
    }

    def "listing walks the pages through the Link rel=next header and counts every match in X-Total-Count"() {
        given: 'five matching clients and one of the same owner under another name'
        def owner = unique('owner')
        def name = 'Team A & B+C; 50% #1'
        def ids = (1..5).collect { register(client_id: "$owner-client-$it".toString(), client_name: name, owner: owner).client_id }
        register(client_id: "$owner-client-0".toString(), client_name: 'Other', owner: owner)

        when:
        def pages = []
        Optional<String> next = Optional.of(listUri(client_name: name, owner: owner, page_size: 2))
        while (next.isPresent()) {
            def response = send(HttpRequest.GET(next.get()))
            pages << response
            next = nextLink(response)
        }

        then:
        pages.collect { it.body()*.client_id } == [ids[0..1], ids[2..3], ids[4..4]]
        pages.every { it.status == HttpStatus.OK }
        pages.every { it.header('X-Total-Count') == '5' }
        pages.every { it.header(HttpHeaders.LINK).contains('rel="first"') }
    }

    def "listing by #filter returns only the matching clients"() {
        given:
        def tag = UUID.randomUUID().toString()
        def created = [ax: [name: 'a', owner: 'x'], bx: [name: 'b', owner: 'x'], ay: [name: 'a', owner: 'y']]
                .collectEntries { key, c -> [key, register(client_name: "$c.name-$tag".toString(), owner: "$c.owner-$tag".toString()).client_id] }
        def query = [client_name: name ? "$name-$tag" : null, owner: owner ? "$owner-$tag" : null].findAll { it.value }

        when:
        def response = send(HttpRequest.GET(listUri(query)))

        then:
        response.status == HttpStatus.OK
        response.body()*.client_id == matching.collect { created[it] }.sort()
        response.header('X-Total-Count') == "${matching.size()}"
        nextLink(response).isEmpty()

        where:
        filter                  | name | owner | matching
        'client_name'           | 'a'  | null  | ['ax', 'ay']
        'owner'                 | null | 'x'   | ['ax', 'bx']
        'client_name and owner' | 'a'  | 'x'   | ['ax']
    }

    def "reading a client returns its registered metadata"() {
        given:
        def created = register(client_name: 'Read me', contacts: ['ops@example.com'])

        when:
        def response = send(HttpRequest.GET("/admin/clients/${created.client_id}"))

        then:
        response.status == HttpStatus.OK
        response.body().client_id == created.client_id
        response.body().client_name == 'Read me'
        response.body().contacts == ['ops@example.com']
        response.body().grant_types == ['authorization_code', 'refresh_token']
        response.body().token_endpoint_auth_method == 'client_secret_basic'
        response.body().created_at == NOW
    }

    def "replacing a client swaps its metadata and keeps its id and creation time"() {
        given:
        def created = register(client_name: 'Before')
        def replacement = [client_name   : 'After',
                           owner         : 'team-b',
                           grant_types   : ['client_credentials'],
                           response_types: [],
                           scope         : 'reports:read']

        when:
        def response = send(HttpRequest.PUT("/admin/clients/${created.client_id}", replacement))

        then:
        response.status == HttpStatus.OK
        response.body().client_id == created.client_id
        response.body().client_name == 'After'
        response.body().owner == 'team-b'
        response.body().grant_types == ['client_credentials']
        response.body().redirect_uris == []
        response.body().created_at == NOW
        !response.body().containsKey('client_secret')
        send(HttpRequest.GET("/admin/clients/${created.client_id}")).body().client_name == 'After'
    }

    def "a JSON Patch sent as application/json-patch+json changes only the members it names"() {
        given:
        def created = register(client_name: 'Before', contacts: ['a@example.com'])
        def patch = [[op: 'replace', path: '/client_name', value: 'Patched'],
                     [op: 'add', path: '/contacts/-', value: 'b@example.com']]

        when:
        def response = send(HttpRequest.PATCH("/admin/clients/${created.client_id}", patch).contentType(JSON_PATCH))

        then:
        response.status == HttpStatus.OK
        response.body().client_name == 'Patched'
        response.body().contacts == ['a@example.com', 'b@example.com']
        response.body().redirect_uris == [CALLBACK]
        send(HttpRequest.GET("/admin/clients/${created.client_id}")).body().client_name == 'Patched'
    }

    def "box_subjects are answered as registered on creation, reading, listing, replacement and patching, and as [] when none"() {
        given:
        def owner = unique('box-owner')
        def enterprise = [box_subject_type: 'enterprise', box_subject_id: '12345']
        def user = [box_subject_type: 'user', box_subject_id: '678']
        def machine = [owner: owner, grant_types: ['client_credentials'], response_types: [], redirect_uris: []]

        when:
        def created = register(machine + [box_subjects: [enterprise, user]])
        def plain = register(owner: owner)

        then:
        created.box_subjects == [enterprise, user]
        plain.box_subjects == []
        send(HttpRequest.GET("/admin/clients/${created.client_id}")).body().box_subjects == [enterprise, user]
        send(HttpRequest.GET("/admin/clients/${plain.client_id}")).body().box_subjects == []
        send(HttpRequest.GET(listUri(owner: owner))).body().collectEntries { [it.client_id, it.box_subjects] } ==
                [(created.client_id): [enterprise, user], (plain.client_id): []]
        text(HttpRequest.GET("/admin/clients/${plain.client_id}")).contains('"box_subjects":[]')

        when:
        def replaced = send(HttpRequest.PUT("/admin/clients/${created.client_id}", machine + [box_subjects: [user]])).body()
        def patched = send(HttpRequest.PATCH("/admin/clients/${plain.client_id}",
                [[op: 'add', path: '/box_subjects/-', value: enterprise]]).contentType(JSON_PATCH)).body()

        then:
        replaced.box_subjects == [user]
        patched.box_subjects == [enterprise]
        send(HttpRequest.GET("/admin/clients/${created.client_id}")).body().box_subjects == [user]
        send(HttpRequest.GET("/admin/clients/${plain.client_id}")).body().box_subjects == [enterprise]

        when: 'a replacement leaves them out'
        def cleared = send(HttpRequest.PUT("/admin/clients/${created.client_id}", machine)).body()

        then:
        cleared.box_subjects == []
    }

    def "registered_scope_by_default is answered as registered, survives a patch of another member, and is left out when false"() {
        given:
        def machine = [owner: unique('scope-default'), grant_types: ['client_credentials'], response_types: [], redirect_uris: [],
                       scope: 'read write']

        when:
        def generous = register(machine + [registered_scope_by_default: true])
        def plain = register(machine)
        def patched = send(HttpRequest.PATCH("/admin/clients/${generous.client_id}",
                [[op: 'replace', path: '/client_name', value: 'Renamed']]).contentType(JSON_PATCH)).body()

        then:
        generous.registered_scope_by_default == true
        patched.registered_scope_by_default == true
        send(HttpRequest.GET("/admin/clients/${generous.client_id}")).body().registered_scope_by_default == true
        !text(HttpRequest.GET("/admin/clients/${plain.client_id}")).contains('registered_scope_by_default')

        when:
        def replaced = send(HttpRequest.PUT("/admin/clients/${generous.client_id}", machine)).body()

        then:
        !replaced.containsKey('registered_scope_by_default')
    }

    def "deleting a client answers 204 and the client is gone"() {
        given:
        def created = register()

        when:
        def response = send(HttpRequest.DELETE("/admin/clients/${created.client_id}"))

        then:
        response.status == HttpStatus.NO_CONTENT

        when:
        send(HttpRequest.GET("/admin/clients/${created.client_id}"))

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.NOT_FOUND
    }

    def "deleting a client revokes the tokens issued to it"() {
        given:
        def machine = registerClient().client_id
        def token = accessToken(machine)
        assert send(formPost('/admin/oauth2/introspect', form(token: token))).body().active == true

        when:
        def response = send(HttpRequest.DELETE("/admin/clients/$machine"))

        then:
        response.status == HttpStatus.NO_CONTENT
        send(formPost('/admin/oauth2/introspect', form(token: token))).body() == [active: false]
    }

    def "a client registered here gets tokens with the secret the registration showed once"() {
        given:
        def created = register(grant_types: ['client_credentials'], response_types: [], redirect_uris: [], scope: 'reports:read',
                access_token_strategy: 'opaque')

        expect:
        accessToken(created.client_id, created.client_secret, 'reports:read').startsWith('pc_at_')
    }

    def "after a rotation the new secret works at the token endpoint and the old one no longer does"() {
        given:
        def created = register(grant_types: ['client_credentials'], response_types: [], redirect_uris: [], scope: 'reports:read')
        def rotated = send(HttpRequest.POST("/admin/clients/${created.client_id}/secret", '')).body().client_secret

        when:
        def withOld = call(tokenRequest(grant_type: 'client_credentials')
                .header(HttpHeaders.AUTHORIZATION, basic(created.client_id, created.client_secret)))
        def withNew = call(tokenRequest(grant_type: 'client_credentials')
                .header(HttpHeaders.AUTHORIZATION, basic(created.client_id, rotated)))

        then:
        withOld.status == HttpStatus.UNAUTHORIZED
        json(withOld).error == 'invalid_client'
        withNew.status == HttpStatus.OK
    }

    def "#problem is answered with #status #error"() {
        given: 'a registered client that some rows refer to'
        def existing = register().client_id

        when:
        send(request.call(existing))

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == status
        def body = e.response.getBody(Map).get()
        body.keySet() == ['error', 'error_description'] as Set
        body.error == error
        body.error_description instanceof String
        body.error_description.contains(named)

        where:
        problem                                             | status | error                     | named          | request
        'grant_types that is not an array'                  | 400    | 'invalid_client_metadata' | 'grant_types'  | { String id -> HttpRequest.POST('/admin/clients', webApp(grant_types: 'x')) }
        'a malformed grant type'                            | 400    | 'invalid_client_metadata' | 'grant_types'  | { String id -> HttpRequest.POST('/admin/clients', webApp(grant_types: ['not a grant'])) }
        'box_subjects that is not an array'                 | 400    | 'invalid_client_metadata' | 'box_subjects' | { String id -> HttpRequest.POST('/admin/clients', webApp(box_subjects: 'enterprise:12345')) }
        'a box subject without box_subject_id'              | 400    | 'invalid_client_metadata' | 'box_subjects' | { String id -> HttpRequest.POST('/admin/clients', webApp(box_subjects: [[box_subject_type: 'enterprise']])) }
        'a box subject whose id is a number'                | 400    | 'invalid_client_metadata' | 'box_subjects[0].box_subject_id' | { String id -> HttpRequest.POST('/admin/clients', webApp(box_subjects: [[box_subject_type: 'enterprise', box_subject_id: 12345]])) }
        'a box subject of a malformed type'                 | 400    | 'invalid_client_metadata' | 'box_subjects' | { String id -> HttpRequest.POST('/admin/clients', webApp(box_subjects: [[box_subject_type: 'Enterprise', box_subject_id: '12345']])) }
        'a replacement with a box subject id with a space'  | 400    | 'invalid_client_metadata' | 'box_subjects' | { String id -> HttpRequest.PUT("/admin/clients/$id", webApp(client_id: id, box_subjects: [[box_subject_type: 'user', box_subject_id: '6 78']])) }
        'box_subjects for a public client'                  | 400    | 'invalid_client_metadata' | 'box_subjects' | { String id -> HttpRequest.POST('/admin/clients', webApp(token_endpoint_auth_method: 'none', box_subjects: [[box_subject_type: 'user', box_subject_id: '678']])) }
        'a chosen secret that is too short'                 | 400    | 'invalid_client_metadata' | 'client_secret' | { String id -> HttpRequest.POST('/admin/clients', webApp(client_secret: 'short')) }
        'an http redirect URI on a public host'             | 400    | 'invalid_redirect_uri'    | 'redirect_uris' | { String id -> HttpRequest.POST('/admin/clients', webApp(redirect_uris: ['http://evil.example/cb'])) }
        'a replacement with an http redirect URI'           | 400    | 'invalid_redirect_uri'    | 'redirect_uris' | { String id -> HttpRequest.PUT("/admin/clients/$id", webApp(client_id: id, redirect_uris: ['http://evil.example/cb'])) }
        'a replacement naming another client_id'            | 400    | 'invalid_request'         | 'client_id'    | { String id -> HttpRequest.PUT("/admin/clients/$id", webApp()) }
        'reading an unknown client'                         | 404    | 'not_found'               | ''             | { String id -> HttpRequest.GET("/admin/clients/${unique('missing')}") }
        'replacing an unknown client'                       | 404    | 'not_found'               | ''             | { String id -> HttpRequest.PUT("/admin/clients/${unique('missing')}", [client_name: 'x']) }
        'patching an unknown client'                        | 404    | 'not_found'               | ''             | { String id -> HttpRequest.PATCH("/admin/clients/${unique('missing')}", [[op: 'replace', path: '/client_name', value: 'x']]).contentType(JSON_PATCH) }
        'deleting an unknown client'                        | 404    | 'not_found'               | ''             | { String id -> HttpRequest.DELETE("/admin/clients/${unique('missing')}") }
        'rotating the secret of an unknown client'          | 404    | 'not_found'               | ''             | { String id -> HttpRequest.POST("/admin/clients/${unique('missing')}/secret", '') }
        'registering a client_id that is taken'            | 409    | 'conflict'                | 'client_id'    | { String id -> HttpRequest.POST('/admin/clients', webApp(client_id: id)) }
        'a registration sent as text/plain'                 | 415    | 'invalid_request'         | 'Content-Type' | { String id -> HttpRequest.POST('/admin/clients', 'client_name=x').contentType(MediaType.TEXT_PLAIN_TYPE) }
        'a replacement sent as text/plain'                  | 415    | 'invalid_request'         | 'Content-Type' | { String id -> HttpRequest.PUT("/admin/clients/$id", 'client_name=x').contentType(MediaType.TEXT_PLAIN_TYPE) }
        'a registration that is malformed JSON'             | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.POST('/admin/clients', '{"client_name":').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a replacement that is malformed JSON'              | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.PUT("/admin/clients/$id", '{"client_name":').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a registration that is a JSON array'               | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.POST('/admin/clients', '[{"client_name":"x"}]').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a registration that is JSON null'                  | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.POST('/admin/clients', 'null').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a registration without a body'                     | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.POST('/admin/clients', '').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a patch sent as text/plain'                        | 415    | 'invalid_request'         | 'Content-Type' | { String id -> HttpRequest.PATCH("/admin/clients/$id", '[]').contentType(MediaType.TEXT_PLAIN_TYPE) }
        'a patch that is JSON null'                         | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.PATCH("/admin/clients/$id", 'null').contentType(JSON_PATCH) }
        'a page_size beyond the integer range'              | 400    | 'invalid_request'         | 'page_size'    | { String id -> HttpRequest.GET('/admin/clients?page_size=99999999999') }
        'a negative page_size'                              | 400    | 'invalid_request'         | 'page_size'    | { String id -> HttpRequest.GET('/admin/clients?page_size=-1') }
        'a read that accepts only XML'                      | 406    | 'invalid_request'         | ''             | { String id -> HttpRequest.GET("/admin/clients/$id").accept(MediaType.APPLICATION_XML_TYPE) }
        'a patch that replaces client_id'                   | 400    | 'invalid_request'         | 'client_id'    | { String id -> HttpRequest.PATCH("/admin/clients/$id", [[op: 'replace', path: '/client_id', value: 'other']]).contentType(JSON_PATCH) }
        'a patch that removes created_at'                   | 400    | 'invalid_request'         | 'created_at'   | { String id -> HttpRequest.PATCH("/admin/clients/$id", [[op: 'remove', path: '/created_at']]).contentType(JSON_PATCH) }
        'a patch that is not an array'                      | 400    | 'invalid_request'         | 'array'        | { String id -> HttpRequest.PATCH("/admin/clients/$id", [op: 'replace', path: '/client_name', value: 'x']).contentType(JSON_PATCH) }
        'a patch operation that fails'                      | 400    | 'invalid_request'         | 'operation 0'  | { String id -> HttpRequest.PATCH("/admin/clients/$id", [[op: 'remove', path: '/no_such_member']]).contentType(JSON_PATCH) }
        'a patch that is malformed JSON'                    | 400    | 'invalid_request'         | ''             | { String id -> HttpRequest.PATCH("/admin/clients/$id", '[{"op":').contentType(JSON_PATCH) }
        'a page_size that is not a number'                  | 400    | 'invalid_request'         | 'page_size'    | { String id -> HttpRequest.GET('/admin/clients?page_size=abc') }
        'a page_size of 0'                                  | 400    | 'invalid_request'         | 'page_size'    | { String id -> HttpRequest.GET('/admin/clients?page_size=0') }
        'a page_size over the maximum'                      | 400    | 'invalid_request'         | 'page_size'    | { String id -> HttpRequest.GET('/admin/clients?page_size=501') }
        'a page_token this server did not issue'            | 400    | 'invalid_request'         | 'page_token'   | { String id -> HttpRequest.GET('/admin/clients?page_token=garbage') }
        'an unknown route'                                  | 404    | 'not_found'               | ''             | { String id -> HttpRequest.GET('/admin/no-such-resource') }
        'DELETE on the collection'                          | 405    | 'invalid_request'         | 'method'       | { String id -> HttpRequest.DELETE('/admin/clients') }
        'a body over the size limit'                        | 413    | 'invalid_request'         | 'too large'    | { String id -> HttpRequest.POST('/admin/clients', webApp(metadata: [padding: 'x' * 10_000])) }
    }

    def "a framework error does not repeat the input in its description"() {
        when:
        send(HttpRequest.GET('/admin/clients?page_size=%3Cinjected%3E'))

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.BAD_REQUEST
        !e.response.getBody(String).get().contains('injected')
    }
}
