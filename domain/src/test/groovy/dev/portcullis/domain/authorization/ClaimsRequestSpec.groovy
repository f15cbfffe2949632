package dev.portcullis.domain.authorization

import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class ClaimsRequestSpec extends Specification {

    def "the claims asked for in userinfo and the ID token are read from the parameter's JSON text"() {
        when:
        def claims = ClaimsRequest.parse('''{"userinfo":{"given_name":{"essential":true},"nickname":null,
                "email":{"essential":true}},"id_token":{"auth_time":{"essential":true},
                "acr":{"values":["urn:mace:incommon:iap:silver"]}}}''')

        then:
        claims.userinfo() == ['given_name', 'nickname', 'email'] as Set
        claims.idToken() == ['auth_time', 'acr'] as Set
        claims.names() == ['given_name', 'nickname', 'email', 'auth_time', 'acr'] as Set
        claims.document().members().id_token.acr == [values: ['urn:mace:incommon:iap:silver']]
    }

    def "members other than userinfo and id_token are left out"() {
        expect:
        ClaimsRequest.parse('{"userinfo":{"name":null},"verified_claims":{}}').document() == new JsonDocument([userinfo: [name: null]])
        ClaimsRequest.parse('{}').isEmpty()
    }

    def "a parameter that is #problem is invalid_request"() {
        when:
        ClaimsRequest.parse(text)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        problem                                | text
        'not JSON'                             | 'userinfo=name'
        'a JSON array'                         | '[]'
        'JSON null'                            | 'null'
        'an object with userinfo null'         | '{"userinfo":null}'
        'an object with id_token an array'     | '{"id_token":[]}'
        'a claim request that is a number'     | '{"userinfo":{"name":1}}'
        'a claim request with essential 1'     | '{"userinfo":{"name":{"essential":1}}}'
        'a claim request with values a string' | '{"userinfo":{"name":{"values":"x"}}}'
    }

    def "a stored document is checked as a parsed one is"() {
        when:
        new ClaimsRequest(new JsonDocument([userinfo: 'name']))

        then:
        thrown(IllegalArgumentException)
    }
}
