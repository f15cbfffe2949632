package dev.portcullis.adapters.rest.oauth.registration

import dev.portcullis.adapters.rest.RestSpecification
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest

/**
 * The registration endpoint's wire format over the fakes: the OpenID Connect members it answers with a fixed value
 * (the fake id-token key set signs with ES256), and the members it refuses.
 */
@MicronautTest
class RegistrationControllerSpec extends RestSpecification {

    static Map metadata(Map extra = [:]) {
        [client_name: 'RP', redirect_uris: ['https://rp.example.com/cb']] + extra
    }

    def "a registration echoes the ID token algorithm and public subjects, and is never cached"() {
        when:
        def response = call(HttpRequest.POST('/oauth2/register', metadata(id_token_signed_response_alg: 'ES256',
                subject_type: 'public', application_type: 'web')))

        then:
        response.status.code == 201
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        json(response).id_token_signed_response_alg == 'ES256'
        json(response).subject_type == 'public'
        response.header(HttpHeaders.LOCATION) == json(response).registration_client_uri
    }

    def "userinfo_signed_response_alg of an id-token key's algorithm is registered and echoed"() {
        when:
        def registered = json(call(HttpRequest.POST('/oauth2/register', metadata(userinfo_signed_response_alg: 'ES256'))))
        def read = json(call(HttpRequest.GET("/oauth2/register/${registered.client_id}")
                .bearerAuth(registered.registration_access_token as String)))

        then:
        registered.userinfo_signed_response_alg == 'ES256'
        read.userinfo_signed_response_alg == 'ES256'
        !json(call(HttpRequest.POST('/oauth2/register', metadata()))).containsKey('userinfo_signed_response_alg')
    }

    def "#member #value is refused with 400 invalid_client_metadata"() {
        when:
        def response = call(HttpRequest.POST('/oauth2/register', metadata((member): value)))

        then:
        response.status.code == 400
        json(response).error == 'invalid_client_metadata'
        (json(response).error_description as String).contains(member)

        where:
        member                            | value
        'id_token_signed_response_alg'    | 'RS256'
        'userinfo_signed_response_alg'    | 'RS256'
        'userinfo_signed_response_alg'    | 'none'
        'id_token_encrypted_response_alg' | 'RSA-OAEP'
        'application_type'                | 'desktop'
        'sector_identifier_uri'           | 'http://rp.example.com/sector.json'
    }

    def "a body that is not a JSON object is 400 invalid_request"() {
        expect:
        call(HttpRequest.POST('/oauth2/register', '["not", "an", "object"]')).status.code == 400
        json(call(HttpRequest.POST('/oauth2/register', '["not", "an", "object"]'))).error == 'invalid_request'
    }

    def "a replacement naming another client_id is 400 invalid_request, and changes nothing"() {
        given:
        def registered = json(call(HttpRequest.POST('/oauth2/register', metadata())))

        when:
        def response = call(HttpRequest.PUT("/oauth2/register/${registered.client_id}", metadata(client_id: 'someone-else'))
                .bearerAuth(registered.registration_access_token as String))

        then:
        response.status.code == 400
        json(response).error == 'invalid_request'
    }
}
