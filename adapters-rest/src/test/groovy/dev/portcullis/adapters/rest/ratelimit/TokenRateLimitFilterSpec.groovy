package dev.portcullis.adapters.rest.ratelimit

import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import spock.lang.Specification

/** Who the client of a token request is, before it is authenticated: what the per-client limit counts. */
class TokenRateLimitFilterSpec extends Specification {

    static final String BASIC_ADA = 'Basic ' + 'ada:secret'.bytes.encodeBase64()

    def "the client is #where"() {
        expect:
        TokenRateLimitFilter.clientId(request, body) == Optional.of('ada')

        where:
        where                                    | request                                                   | body
        'the id of HTTP Basic'                   | form().header('Authorization', BASIC_ADA)                 | 'grant_type=client_credentials'
        'client_id in the form'                  | form()                                                    | 'grant_type=client_credentials&client_id=ada&client_secret=s'
        'client_id in the form, a public client' | form()                                                    | 'grant_type=authorization_code&client_id=ada&code=c'
        "client_id in Authress's JSON body"      | json()                                                    | '{"grant_type": "client_credentials", "client_id": "ada"}'
        'HTTP Basic, with a JSON body'           | json().header('Authorization', BASIC_ADA)                 | '{"grant_type": "client_credentials"}'
    }

    def "nobody is counted when #why: the token endpoint refuses the request itself"() {
        expect:
        TokenRateLimitFilter.clientId(request, body).empty

        where:
        why                                    | request                                                    | body
        'no client is named'                   | form()                                                     | 'grant_type=client_credentials'
        'the body is empty'                    | form()                                                     | null
        'a parameter is repeated'              | form()                                                     | 'client_id=ada&client_id=bob'
        'Basic and the form disagree'          | form().header('Authorization', BASIC_ADA)                  | 'client_id=bob'
        'the Basic credentials are malformed'  | form().header('Authorization', 'Basic !!!')                | 'grant_type=client_credentials'
        'the JSON is not valid'                | json()                                                     | '{"client_id": '
        'client_id in JSON is not a string'    | json()                                                     | '{"client_id": 7}'
    }

    static form() {
        HttpRequest.POST('/oauth2/token', '').contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
    }

    static json() {
        HttpRequest.POST('/api/authentication/oauth/tokens', '').contentType(MediaType.APPLICATION_JSON_TYPE)
    }
}
