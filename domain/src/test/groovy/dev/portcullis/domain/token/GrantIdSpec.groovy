package dev.portcullis.domain.token

import spock.lang.Specification

class GrantIdSpec extends Specification {

    def "'#value' is a grant id"() {
        expect:
        new GrantId(value).value() == value

        where:
        value << ['a' * 8, 'A-z_0123456789', 'b' * 64]
    }

    def "a grant id that #problem is refused"() {
        when:
        new GrantId(value)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                            | value
        'is shorter than 8 characters'     | 'a' * 7
        'is longer than 64 characters'     | 'a' * 65
        'is empty'                         | ''
        'holds standard base64 characters' | 'abcdefgh+/'
        'holds padding'                    | 'abcdefgh=='
        'holds a dot'                      | 'abcd.efgh'
        'holds a space'                    | 'abcd efgh'
    }

    def "a grant id is never null"() {
        when:
        new GrantId(null)

        then:
        thrown(NullPointerException)
    }
}
