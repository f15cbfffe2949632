package dev.portcullis.domain.token

import spock.lang.Specification

class TokenSignatureSpec extends Specification {

    def "a base64url value of #length characters is a token signature"() {
        expect:
        new TokenSignature('A-_z' * (length / 4)).value().length() == length

        where:
        length << [16, 44, 128]
    }

    def "a token signature that #problem is refused"() {
        when:
        new TokenSignature(value)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                            | value
        'is shorter than 16 characters'    | 'a' * 15
        'is longer than 128 characters'    | 'a' * 129
        'is empty'                         | ''
        'holds standard base64 characters' | 'a' * 16 + '+/'
        'holds padding'                    | 'a' * 16 + '='
        'holds a dot, like a JWT'          | 'a' * 8 + '.' + 'a' * 8
    }

    def "a token signature is never null"() {
        when:
        new TokenSignature(null)

        then:
        thrown(NullPointerException)
    }
}
