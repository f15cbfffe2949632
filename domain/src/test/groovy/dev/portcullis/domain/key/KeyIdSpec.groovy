package dev.portcullis.domain.key

import spock.lang.Specification

class KeyIdSpec extends Specification {

    def "'#value' is a kid"() {
        expect:
        KeyId.isWellFormed(value)
        new KeyId(value).toString() == value

        where:
        value << ['k', 'key-0001', 'a.b_c-D9', 'k' * 128]
    }

    def "a kid that #problem is refused"() {
        expect:
        !KeyId.isWellFormed(value)

        when:
        new KeyId(value)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                          | value
        'is empty'                       | ''
        'is longer than 128 characters'  | 'k' * 129
        'holds a slash'                  | 'a/b'
        'holds a space'                  | 'a b'
        'holds a colon'                  | 'a:b'
    }

    def "null is no kid"() {
        expect:
        !KeyId.isWellFormed(null)

        when:
        new KeyId(null)

        then:
        thrown(NullPointerException)
    }
}
