package dev.portcullis.domain.text

import spock.lang.Specification

class JsonTextSpec extends Specification {

    def "#text reads as #value"() {
        expect:
        JsonText.parse(text) == value

        where:
        text                                         || value
        '{}'                                         || [:]
        ' { "a" : [1, -2, 3.5, 1e2, true, false, null] } ' || [a: [1L, -2L, 3.5G, 1e2G, true, false, null]]
        '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"' || '"\\/\b\f\n\r\té\ud83d\ude00'
        '{"nested":{"deeper":{"x":"y"}}}'            || [nested: [deeper: [x: 'y']]]
        '12345678901234567890'                       || 12345678901234567890G
        '0'                                          || 0L
    }

    def "whole numbers are Long, others BigDecimal, as JsonDocument holds them"() {
        expect:
        JsonText.parse('7') instanceof Long
        JsonText.parse('7.25') instanceof BigDecimal
        JsonText.parse('true') instanceof Boolean
    }

    def "member order is kept"() {
        expect:
        (JsonText.parse('{"z":1,"a":2,"m":3}') as Map).keySet() as List == ['z', 'a', 'm']
    }

    def "#problem is refused"() {
        when:
        JsonText.parse(text)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                        | text
        'an empty text'                | ''
        'an unclosed object'           | '{"a":1'
        'a trailing comma'             | '[1,]'
        'a single-quoted string'       | "{'a':1}"
        'an unquoted name'             | '{a:1}'
        'a member named twice'         | '{"a":1,"a":2}'
        'text after the value'         | '{} x'
        'a leading zero'               | '01'
        'a bare point'                 | '1.'
        'a control character'          | '"a\u0001"'
        'an unknown escape'            | '"\\x"'
        'a short \\u escape'           | '"\\u12"'
        'a misspelt literal'           | 'nul'
        'a comment'                    | '{} // no'
        'nesting too deep'             | '[' * 40 + ']' * 40
    }
}
