package dev.portcullis.domain.grant

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class AudienceSpec extends Specification {

    def "an audience keeps its values in the order first given"() {
        expect:
        Audience.of(['b', 'a', 'b', 'c']).values() as List == ['b', 'a', 'c']
        Audience.of(['b', 'a']).value() == 'b a'
    }

    def "the space-separated parameter '#raw' is #expected"() {
        expect:
        Audience.parse(raw).values() as List == expected

        where:
        raw                      | expected
        null                     | []
        ''                       | []
        'https://api.example.com' | ['https://api.example.com']
        'a b'                    | ['a', 'b']
        'a  b '                  | ['a', 'b']
    }

    def "a parameter value with other whitespace than a space is invalid_request"() {
        when:
        Audience.parse('api\tone')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
    }

    def "registered audiences that #problem are refused with the caller's error code, naming the field"() {
        when:
        Audience.of(values, ErrorCode.INVALID_CLIENT_METADATA, 'audience')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('audience')

        where:
        problem                 | values
        'hold an empty value'   | ['https://api.example.com', '']
        'hold a space'          | ['api one']
        'hold a tab'            | ['api\tone']
    }

    def "an invalid value is a programming error where no caller's input is involved"() {
        when:
        Audience.of([''])

        then:
        thrown(IllegalArgumentException)
    }

    def "containment compares the values"() {
        expect:
        Audience.of(['a', 'b']).containsAll(Audience.of(['b']))
        !Audience.of(['a']).containsAll(Audience.of(['a', 'b']))
        Audience.NONE.containsAll(Audience.NONE)
    }

    def "the values cannot be changed afterwards"() {
        when:
        Audience.of(['a']).values().add('b')

        then:
        thrown(UnsupportedOperationException)
    }
}
