package dev.portcullis.domain.grant

import spock.lang.Specification

class ResponseTypeSpec extends Specification {

    def "the order of the values does not matter: '#first' is '#second'"() {
        expect:
        ResponseType.parse(first).get() == ResponseType.parse(second).get()

        where:
        first                 | second
        'code id_token'       | 'id_token code'
        'code id_token token' | 'token code id_token'
        'id_token token'      | 'token id_token'
    }

    def "the wire form lists the values in sorted order"() {
        expect:
        ResponseType.parse('token id_token code').get().value() == 'code id_token token'
    }

    def "a single code value is the CODE constant"() {
        expect:
        ResponseType.parse('code').get() == ResponseType.CODE
        ResponseType.CODE.toString() == 'code'
    }

    def "tells whether it contains a value"() {
        given:
        def type = ResponseType.parse('code id_token').get()

        expect:
        type.contains('code')
        type.contains('id_token')
        !type.contains('token')
    }

    def "parsing '#raw' yields nothing because #problem"() {
        expect:
        ResponseType.parse(raw).isEmpty()

        where:
        problem                            | raw
        'it is absent'                     | null
        'it is empty'                      | ''
        'it is blank'                      | ' '
        'values are separated by 2 spaces' | 'code  token'
        'it starts with a space'           | ' code'
        'it ends with a space'             | 'code '
        'a value is repeated'              | 'code code'
        'a value holds a comma'            | 'code,token'
        'a value holds a tab'              | 'code\ttoken'
        'a value is not ASCII'             | 'cöde'
    }

    def "a response type without any value is a programming error"() {
        when:
        new ResponseType([] as Set)

        then:
        thrown(IllegalArgumentException)
    }

    def "a response type with a malformed value is a programming error"() {
        when:
        new ResponseType(['code', 'bad value'] as Set)

        then:
        thrown(IllegalArgumentException)
    }

    def "holds an immutable copy of its values"() {
        given:
        def values = ['code'] as Set
        def type = new ResponseType(values)

        when:
        values << 'token'

        then:
        type == ResponseType.CODE

        when:
        type.values().add('token')

        then:
        thrown(UnsupportedOperationException)
    }
}
