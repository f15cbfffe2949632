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

    def "a new grant id starts with its millisecond in 12 hex digits, so that ids sort by time"() {
        given:
        byte[] random = new byte[GrantId.RANDOM_BYTES]

        expect:
        GrantId.startingAt(0x18c1234abcdL, random).value() == '018c1234abcd' + 'AAAAAAAAAAAAAA'
        GrantId.startingAt(1L, random).value() < GrantId.startingAt(2L, random).value()
    }

    def "a new grant id takes exactly its number of random bytes"() {
        when:
        GrantId.startingAt(1L, new byte[9])

        then:
        thrown(IllegalArgumentException)
    }
}
