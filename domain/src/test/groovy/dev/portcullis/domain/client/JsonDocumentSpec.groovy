package dev.portcullis.domain.client

import spock.lang.Specification

class JsonDocumentSpec extends Specification {

    def "holds strings, booleans, numbers, null, arrays and objects"() {
        given:
        def members = [
                name   : 'app',
                enabled: true,
                count  : 3,
                big    : new BigDecimal('1.5e400'),
                ratio  : 0.25d,
                nothing: null,
                tags   : ['a', 'b'],
                nested : [deep: [1, 2L, 3.5f]]]

        when:
        def document = new JsonDocument(members)

        then:
        document.members() == members
        !document.isEmpty()
    }

    def "changing the source after construction does not change the document"() {
        given:
        def tags = ['a']
        def nested = [level: 1]
        def source = [tags: tags, nested: nested]
        def document = new JsonDocument(source)

        when:
        tags << 'b'
        nested.level = 2
        source.extra = 'x'

        then:
        document.members() == [tags: ['a'], nested: [level: 1]]
    }

    def "cannot be changed through #path"() {
        given:
        def document = new JsonDocument([tags: ['a'], nested: [inner: [list: [1]]]])

        when:
        change(document.members())

        then:
        thrown(UnsupportedOperationException)

        where:
        path                    | change
        'its members'           | { Map m -> m.put('x', 1) }
        'a nested array'        | { Map m -> m.tags.add('b') }
        'a nested object'       | { Map m -> m.nested.put('x', 1) }
        'an array in an object' | { Map m -> m.nested.inner.list.add(2) }
    }

    def "keeps the order of the members"() {
        expect:
        new JsonDocument([b: 1, a: 2, c: 3]).members().keySet() as List == ['b', 'a', 'c']
    }

    def "refuses a value of type #type as a JSON value"() {
        when:
        new JsonDocument([member: value])

        then:
        thrown(IllegalArgumentException)

        where:
        value << [new Date(0), new Object(), ['a'] as Set, 'x' as char, new StringBuilder('x'),
                  new java.util.concurrent.atomic.AtomicInteger(1), URI.create('https://example.com')]
        type = value.getClass().simpleName
    }

    def "refuses the non-finite #type #value as a JSON value (RFC 8259 section 6)"() {
        when:
        new JsonDocument([member: value])

        then:
        thrown(IllegalArgumentException)

        where:
        value << [Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Float.NaN, Float.POSITIVE_INFINITY]
        type = value.getClass().simpleName
    }

    def "refuses a non-JSON value nested in #place"() {
        when:
        new JsonDocument(members)

        then:
        thrown(IllegalArgumentException)

        where:
        place       | members
        'an array'  | [list: ['ok', new Date(0)]]
        'an object' | [object: [inner: [deeper: new Object()]]]
    }

    def "refuses an object member named by #type"() {
        when:
        new JsonDocument([nested: [(key): 'value']])

        then:
        thrown(IllegalArgumentException)

        where:
        key << [1, null, true]
        type = key == null ? 'null' : key.getClass().simpleName
    }

    def "tells whether #description is JSON"() {
        expect:
        JsonDocument.isJson(value) == json

        where:
        description                        | value               | json
        'an object of arrays and scalars'  | [a: [1, 'b', null]] | true
        'an array'                         | ['x', 2]            | true
        'a string'                         | 'text'              | true
        'a Date'                           | new Date(0)         | false
        'an object holding a plain Object' | [a: [new Object()]] | false
        'NaN'                              | Double.NaN          | false
    }

    def "a document without members is empty"() {
        expect:
        JsonDocument.EMPTY.isEmpty()
        new JsonDocument([:]) == JsonDocument.EMPTY
    }
}
