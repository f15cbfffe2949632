package dev.portcullis.application.authorization

import dev.portcullis.application.fakes.FakeForeignJwts

/**
 * How a request object's members become the request's parameters (OIDC Core §6.3.3): strings as they are,
 * numbers and booleans as JSON writes them, objects and arrays (such as {@code claims}, OIDC Core §5.5) as their
 * JSON text; the JWT's own claims stay out.
 */
class RequestObjectsSpec extends AuthorizationFlowSpecification {

    RequestObjects requestObjects() {
        new RequestObjects(foreignJwts, remoteDocuments, clientKeys, settings.issuerValue(), clock)
    }

    Map<String, String> resolved(Map<String, Object> claims, Map<String, String> query = [client_id: CLIENT_ID]) {
        def request = new BrowserRequest(query + [request: FakeForeignJwts.unsecured(claims)], [] as Set, [:],
                AUTHORIZATION_ENDPOINT)
        def resolution = requestObjects().resolve(request, client)
        assert resolution instanceof RequestObjects.Resolved: resolution
        (resolution as RequestObjects.Resolved).request().parameters()
    }

    def "an object member #name becomes the parameter #expected"() {
        expect:
        resolved((name): value)[name] == expected

        where:
        name       | value                                                     || expected
        'scope'    | 'openid email'                                            || 'openid email'
        'max_age'  | 3600                                                      || '3600'
        'max_age'  | 2.5                                                       || '2.5'
        'flag'     | true                                                      || 'true'
        'claims'   | [id_token: [acr: [essential: true, values: ['a"1', 'b']]]] || '{"id_token":{"acr":{"essential":true,"values":["a\\"1","b"]}}}'
        'ui_list'  | ['de', 'en']                                              || '["de","en"]'
    }

    def "the JWT's own claims and null members are no parameters, and request itself is gone"() {
        when:
        def parameters = resolved([iss: CLIENT_ID, aud: 'https://auth.example.com', exp: START.epochSecond + 60,
                                   iat: START.epochSecond, jti: 'j1', nonce: null, state: 's'])

        then:
        parameters == [client_id: CLIENT_ID, state: 's']
    }

    def "a member the query repeated is no longer repeated once the object supersedes it"() {
        given:
        def request = new BrowserRequest([client_id: CLIENT_ID, scope: 'a', request: FakeForeignJwts.unsecured([scope: 'openid'])],
                ['scope'] as Set, [:], AUTHORIZATION_ENDPOINT)

        when:
        def resolution = requestObjects().resolve(request, client) as RequestObjects.Resolved

        then:
        resolution.request().repeated().isEmpty()
        resolution.request().parameters().scope == 'openid'
    }

    def "a request without a request object is left as it is"() {
        given:
        def request = new BrowserRequest([client_id: CLIENT_ID, scope: 'openid'], [] as Set, [:], AUTHORIZATION_ENDPOINT)

        expect:
        (requestObjects().resolve(request, client) as RequestObjects.Resolved).request().is(request)
    }
}
