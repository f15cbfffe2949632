package dev.portcullis.adapters.rest.admin.key

import dev.portcullis.adapters.rest.AdminApiSpecification
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest

@MicronautTest
class KeysControllerSpec extends AdminApiSpecification {

    static final Set<String> PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as Set

    HttpResponse<?> send(MutableHttpRequest<?> request) {
        call(asAdmin(request))
    }

    Map create(String set, Map body = [alg: 'ES256', use: 'sig']) {
        def response = send(HttpRequest.POST("/admin/keys/$set", body))
        assert response.status.code == 201
        json(response).keys.first()
    }

    List<String> kids(String set) {
        json(send(HttpRequest.GET("/admin/keys/$set"))).keys*.kid
    }

    def "creating a #alg key answers 201 with its public part only"() {
        given:
        def set = unique('my-keys')

        when:
        def response = send(HttpRequest.POST("/admin/keys/$set", [alg: alg, use: 'sig']))

        then:
        response.status.code == 201
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        def keys = json(response).keys
        keys.size() == 1
        keys[0].alg == alg
        keys[0].kty == kty
        keys[0].use == 'sig'
        keys[0].kid instanceof String
        keys[0].keySet().intersect(PRIVATE_MEMBERS).isEmpty()

        where:
        alg     | kty
        'ES256' | 'EC'
        'RS256' | 'RSA'
    }

    def "a key created without use is a signing key"() {
        when:
        def key = create(unique('my-keys'), [alg: 'RS256'])

        then:
        key.use == 'sig'
    }

    def "a new key becomes the first of its set and the older ones stay"() {
        given:
        def set = unique('rotating')
        def first = create(set).kid

        when:
        def second = create(set).kid

        then:
        kids(set) == [second, first]
    }

    def "a new access-token key becomes the first one the server publishes"() {
        when:
        def created = create('access-token', [alg: 'ES256', use: 'sig']).kid

        then:
        kids('access-token').first() == created
        json(call(HttpRequest.GET('/.well-known/jwks.json'))).keys.first().kid == created
    }

    def "a key is read by its kid"() {
        given:
        def set = unique('my-keys')
        def created = create(set)
        create(set)

        when:
        def response = send(HttpRequest.GET("/admin/keys/$set/$created.kid"))

        then:
        response.status.code == 200
        json(response) == [keys: [created]]
    }

    def "a deleted key is gone from its set"() {
        given:
        def set = unique('my-keys')
        def doomed = create(set).kid
        def kept = create(set).kid

        when:
        def response = send(HttpRequest.DELETE("/admin/keys/$set/$doomed"))

        then:
        response.status.code == 204
        kids(set) == [kept]
        send(HttpRequest.GET("/admin/keys/$set/$doomed")).status.code == 404
    }

    def "the only key of a set the server does not sign with can be deleted, and the set is gone"() {
        given:
        def set = unique('my-keys')
        def only = create(set).kid

        when:
        def response = send(HttpRequest.DELETE("/admin/keys/$set/$only"))

        then:
        response.status.code == 204
        send(HttpRequest.GET("/admin/keys/$set")).status.code == 404
    }

    def "deleting the only key of the #set set is a conflict: the server would have nothing to sign with"() {
        given: 'the set is brought down to one key, whatever other features added'
        def all = kids(set)
        all.drop(1).each { assert send(HttpRequest.DELETE("/admin/keys/$set/$it")).status.code == 204 }

        when:
        def response = send(HttpRequest.DELETE("/admin/keys/$set/${all.first()}"))

        then:
        response.status.code == 409
        json(response).error == 'conflict'
        kids(set) == [all.first()]

        where:
        set << ['access-token', 'id-token']
    }

    def "#problem is answered with #status #error"() {
        given:
        def set = unique('existing')
        def kid = create(set).kid

        when:
        def response = send(request.call(set, kid))

        then:
        response.status.code == status
        json(response).error == error
        json(response).error_description instanceof String
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'

        where:
        problem                                | status | error             | request
        'reading an unknown set'               | 404    | 'not_found'       | { s, k -> HttpRequest.GET("/admin/keys/${unique('missing')}") }
        'reading an unknown kid'               | 404    | 'not_found'       | { s, k -> HttpRequest.GET("/admin/keys/$s/no-such-kid") }
        'reading a kid of another set'         | 404    | 'not_found'       | { s, k -> HttpRequest.GET("/admin/keys/${unique('other')}/$k") }
        'deleting an unknown kid'              | 404    | 'not_found'       | { s, k -> HttpRequest.DELETE("/admin/keys/$s/no-such-kid") }
        'deleting in an unknown set'           | 404    | 'not_found'       | { s, k -> HttpRequest.DELETE("/admin/keys/${unique('missing')}/$k") }
        'reading a malformed set name'         | 404    | 'not_found'       | { s, k -> HttpRequest.GET('/admin/keys/bad%20set') }
        'an unsupported alg'                   | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", [alg: 'HS256', use: 'sig']) }
        'an alg that is not a string'          | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", [alg: 256, use: 'sig']) }
        'no alg'                               | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", [use: 'sig']) }
        'an encryption key'                    | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", [alg: 'ES256', use: 'enc']) }
        'a use that is not a string'           | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", [alg: 'ES256', use: ['sig']]) }
        'a malformed set name'                 | 400    | 'invalid_request' | { s, k -> HttpRequest.POST('/admin/keys/bad%20set', [alg: 'ES256', use: 'sig']) }
        'no body'                              | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", '').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a body that is malformed JSON'        | 400    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", '{"alg":').contentType(MediaType.APPLICATION_JSON_TYPE) }
        'a body sent as text/plain'            | 415    | 'invalid_request' | { s, k -> HttpRequest.POST("/admin/keys/$s", 'alg=ES256').contentType(MediaType.TEXT_PLAIN_TYPE) }
    }
}
