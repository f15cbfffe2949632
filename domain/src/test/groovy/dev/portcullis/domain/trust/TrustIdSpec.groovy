package dev.portcullis.domain.trust

import spock.lang.Specification

class TrustIdSpec extends Specification {

    def "'#value' is a trust relationship id"() {
        expect:
        TrustId.isWellFormed(value)
        new TrustId(value).value() == value
        new TrustId(value).toString() == value

        where:
        value << ['0f8fad5b-d9cb-469f-a165-70867728950e', '00000000-0000-0000-0000-000000000000',
                  'ffffffff-ffff-ffff-ffff-ffffffffffff', 'c232ab00-9414-11ec-b3c8-9f6bdeced846']
    }

    def "an id that #problem is refused"() {
        expect:
        !TrustId.isWellFormed(value)

        when:
        new TrustId(value)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                                | value
        'is empty'                             | ''
        'is in upper case'                     | '0F8FAD5B-D9CB-469F-A165-70867728950E'
        'has no hyphens'                       | '0f8fad5bd9cb469fa16570867728950e'
        'is a short form UUID.fromString takes' | '1-2-3-4-5'
        'has a group too short'                | '0f8fad5b-d9cb-469f-a165-70867728950'
        'is one character too long'            | '0f8fad5b-d9cb-469f-a165-70867728950e0'
        'is padded with a space'               | ' 0f8fad5b-d9cb-469f-a165-70867728950e'
        'is in braces'                         | '{0f8fad5b-d9cb-469f-a165-70867728950e}'
        'holds a letter past f'                | '0f8fad5b-d9cb-469f-a165-70867728950g'
        'is a URN'                             | 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e'
        'has its hyphens moved'                | '0f8fad5bd-9cb-469f-a165-70867728950e'
    }

    def "null is no id"() {
        expect:
        !TrustId.isWellFormed(null)

        when:
        new TrustId(null)

        then:
        thrown(NullPointerException)
    }

    def "ids are equal by value"() {
        expect:
        new TrustId('0f8fad5b-d9cb-469f-a165-70867728950e') == new TrustId('0f8fad5b-d9cb-469f-a165-70867728950e')
        new TrustId('0f8fad5b-d9cb-469f-a165-70867728950e') != new TrustId('1f8fad5b-d9cb-469f-a165-70867728950e')
    }
}
