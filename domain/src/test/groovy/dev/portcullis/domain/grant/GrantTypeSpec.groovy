package dev.portcullis.domain.grant

import spock.lang.Specification

class GrantTypeSpec extends Specification {

    def "the built-in grant #constant is spelled '#wire'"() {
        expect:
        constant.value() == wire
        constant.toString() == wire

        where:
        constant                      | wire
        GrantType.AUTHORIZATION_CODE  | 'authorization_code'
        GrantType.IMPLICIT            | 'implicit'
        GrantType.REFRESH_TOKEN       | 'refresh_token'
        GrantType.CLIENT_CREDENTIALS  | 'client_credentials'
        GrantType.JWT_BEARER          | 'urn:ietf:params:oauth:grant-type:jwt-bearer'
        GrantType.TOKEN_EXCHANGE      | 'urn:ietf:params:oauth:grant-type:token-exchange'
        GrantType.DEVICE_CODE         | 'urn:ietf:params:oauth:grant-type:device_code'
    }

    def "an extension grant named by an absolute URI is a grant type like any other"() {
        expect:
        new GrantType('https://grants.example.com/magic-link').value() == 'https://grants.example.com/magic-link'
        new GrantType('client_credentials') == GrantType.CLIENT_CREDENTIALS
    }

    def "'#raw' is #verdict as a grant type"() {
        expect:
        GrantType.isWellFormed(raw) == wellFormed

        where:
        raw                                   | wellFormed
        'authorization_code'                  | true
        'urn:ietf:params:oauth:grant-type:x'  | true
        'a.b~c-d/e'                           | true
        'x' * 255                             | true
        'x' * 256                             | false
        ''                                    | false
        null                                  | false
        'client credentials'                  | false
        'grant?x=1'                           | false
        'gränt'                               | false

        verdict = wellFormed ? 'well-formed' : 'malformed'
    }

    def "constructing a malformed grant type is a programming error"() {
        when:
        new GrantType('two words')

        then:
        thrown(IllegalArgumentException)
    }
}
