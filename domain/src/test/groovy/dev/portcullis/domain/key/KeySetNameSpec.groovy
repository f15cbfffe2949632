package dev.portcullis.domain.key

import spock.lang.Specification

class KeySetNameSpec extends Specification {

    def "'#value' is a key set name"() {
        expect:
        KeySetName.isWellFormed(value)
        new KeySetName(value).value() == value

        where:
        value << ['a', 'access-token', 'my.keys_2', 'x' * 64]
    }

    def "a key set name that #problem is refused"() {
        expect:
        !KeySetName.isWellFormed(value)

        when:
        new KeySetName(value)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                         | value
        'is empty'                      | ''
        'is longer than 64 characters'  | 'x' * 65
        'holds a slash'                 | 'a/b'
        'holds a space'                 | 'a b'
        'holds a non-ASCII letter'      | 'schlüssel'
    }

    def "null is no key set name"() {
        expect:
        !KeySetName.isWellFormed(null)

        when:
        new KeySetName(null)

        then:
        thrown(NullPointerException)
    }

    def "#name is #published"() {
        expect:
        new KeySetName(name).isPublished() == isPublished

        where:
        name           || isPublished
        'access-token' || true
        'id-token'     || true
        'my-keys'      || false
        'Access-Token' || false

        published = isPublished ? 'published' : 'not published'
    }

    def "the server's own sets are named as Hydra names them"() {
        expect:
        KeySetName.ACCESS_TOKEN.value() == 'access-token'
        KeySetName.ID_TOKEN.value() == 'id-token'
    }
}
