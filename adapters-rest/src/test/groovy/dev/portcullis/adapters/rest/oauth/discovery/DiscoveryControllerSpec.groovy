package dev.portcullis.adapters.rest.oauth.discovery

import dev.portcullis.adapters.rest.FakeCoreFactory
import dev.portcullis.adapters.rest.RestSpecification
import dev.portcullis.application.fakes.FakeKeyRepository
import dev.portcullis.application.grant.GrantHandler
import dev.portcullis.domain.key.KeySetName
import io.micronaut.http.HttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

@MicronautTest
class DiscoveryControllerSpec extends RestSpecification {

    /** RFC 7518 §6.2.2, §6.3.2 and §6.4.1: the members that carry private or symmetric key material. */
    static final Set<String> PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as Set

    static final String ISSUER = FakeCoreFactory.ISSUER

    @Inject
    FakeKeyRepository keys

    @Inject
    List<GrantHandler> handlers

    Map get(String path) {
        def response = call(HttpRequest.GET(path))
        assert response.status.code == 200
        json(response)
    }

    /** Every member name anywhere in a JSON value. */
    static Set<String> memberNames(Object json) {
        switch (json) {
            case Map: return json.keySet().collect { it as String }.toSet() + json.values().collectMany { memberNames(it) }
            case List: return json.collectMany { memberNames(it) }.toSet()
            default: return [] as Set
        }
    }

    def "the JWKS publishes the access-token and id-token keys, signing keys first"() {
        given:
        def accessTokenKids = keys.findSet(KeySetName.ACCESS_TOKEN)*.kid()*.value()
        def idTokenKids = keys.findSet(KeySetName.ID_TOKEN)*.kid()*.value()

        when:
        def jwks = get('/.well-known/jwks.json')

        then:
        jwks.keySet() == ['keys'] as Set
        !jwks.keys.isEmpty()
        jwks.keys*.kid == accessTokenKids + idTokenKids
        jwks.keys.every { it.kty && it.kid && it.alg == 'ES256' && it.use == 'sig' }
    }

    def "the JWKS carries no private key member anywhere"() {
        when:
        def jwks = get('/.well-known/jwks.json')

        then:
        !jwks.keys.isEmpty()
        memberNames(jwks).intersect(PRIVATE_MEMBERS).isEmpty()
    }

    def "the discovery document at #path names the issuer and the endpoints this server serves"() {
        when:
        def document = get(path)

        then:
        document.issuer == ISSUER
        document.token_endpoint == "$ISSUER/oauth2/token".toString()
        document.jwks_uri == "$ISSUER/.well-known/jwks.json".toString()
        document.introspection_endpoint == "$ISSUER/oauth2/introspect".toString()
        document.revocation_endpoint == "$ISSUER/oauth2/revoke".toString()
        document.token_endpoint_auth_methods_supported == ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none']
        document.token_endpoint_auth_signing_alg_values_supported == ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512',
                                                                      'ES256', 'ES384', 'ES512']
        document.introspection_endpoint_auth_methods_supported == ['client_secret_basic', 'client_secret_post', 'private_key_jwt']
        document.revocation_endpoint_auth_methods_supported == ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none']
        document.id_token_signing_alg_values_supported == ['ES256']
        document.subject_types_supported == ['public']

        where:
        path << ['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server']
    }

    def "grant_types_supported lists exactly the grant types of the registered handlers"() {
        when:
        def document = get('/.well-known/oauth-authorization-server')

        then:
        document.grant_types_supported == handlers*.grantType()*.value().sort()
        document.grant_types_supported == ['client_credentials']
    }

    def "both discovery paths serve the same document"() {
        expect:
        get('/.well-known/openid-configuration') == get('/.well-known/oauth-authorization-server')
    }

    def "the documents advertise no endpoint this build does not serve"() {
        when:
        def document = get('/.well-known/openid-configuration')

        then:
        !document.containsKey('authorization_endpoint')
        !document.containsKey('userinfo_endpoint')
        !document.containsKey('device_authorization_endpoint')
        document.findAll { name, value -> name.endsWith('_endpoint') }.values().every { String endpoint ->
            endpoint.startsWith(ISSUER + '/oauth2/')
        }
    }
}
