package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

/** RFC 6902 as the Hydra client surface applies it (JSON-P's implementation, one operation at a time). */
class ClientJsonPatchSpec extends Specification {

    static ClientJsonPatch parse(Object operations) {
        ClientJsonPatch.parse(ClientJson.toJson(operations))
    }

    static Map<String, Object> apply(ClientJsonPatch patch, Map<String, Object> target) {
        ClientJson.toJava(patch.applyToObject(ClientJson.toJson(target).asJsonObject())) as Map<String, Object>
    }

    static Map<String, Object> apply(Map<String, Object> target, List<Map<String, Object>> operations) {
        apply(parse(operations), target)
    }

    def "RFC 6902 #example applies"() {
        expect:
        apply(target, patch) == result

        where:
        example                                 | target                                                                  | patch                                                                        || result
        'A.1 adding an object member'           | [foo: 'bar']                                                            | [[op: 'add', path: '/baz', value: 'qux']]                                    || [baz: 'qux', foo: 'bar']
        'A.2 adding an array element'           | [foo: ['bar', 'baz']]                                                   | [[op: 'add', path: '/foo/1', value: 'qux']]                                  || [foo: ['bar', 'qux', 'baz']]
        'A.3 removing an object member'         | [baz: 'qux', foo: 'bar']                                                | [[op: 'remove', path: '/baz']]                                               || [foo: 'bar']
        'A.4 removing an array element'         | [foo: ['bar', 'qux', 'baz']]                                            | [[op: 'remove', path: '/foo/1']]                                             || [foo: ['bar', 'baz']]
        'A.5 replacing a value'                 | [baz: 'qux', foo: 'bar']                                                | [[op: 'replace', path: '/baz', value: 'boo']]                                || [baz: 'boo', foo: 'bar']
        'A.6 moving a value'                    | [foo: [bar: 'baz', waldo: 'fred'], qux: [corge: 'grault']]              | [[op: 'move', from: '/foo/waldo', path: '/qux/thud']]                        || [foo: [bar: 'baz'], qux: [corge: 'grault', thud: 'fred']]
        'A.7 moving an array element'           | [foo: ['all', 'grass', 'cows', 'eat']]                                  | [[op: 'move', from: '/foo/1', path: '/foo/3']]                               || [foo: ['all', 'cows', 'eat', 'grass']]
        'A.8 testing a value: success'          | [baz: 'qux', foo: ['a', 2, 'c']]                                        | [[op: 'test', path: '/baz', value: 'qux'], [op: 'test', path: '/foo/1', value: 2]] || [baz: 'qux', foo: ['a', 2, 'c']]
        'A.10 adding a nested member object'    | [foo: 'bar']                                                            | [[op: 'add', path: '/child', value: [grandchild: [:]]]]                      || [foo: 'bar', child: [grandchild: [:]]]
        'A.11 ignoring unrecognized elements'   | [foo: 'bar']                                                            | [[op: 'add', path: '/baz', value: 'qux', xyz: 123]]                          || [foo: 'bar', baz: 'qux']
        'A.14 ~ escape ordering'                | ['/': 9, '~1': 10]                                                      | [[op: 'test', path: '/~01', value: 10]]                                      || ['/': 9, '~1': 10]
        'A.16 adding an array value'            | [foo: ['bar']]                                                          | [[op: 'add', path: '/foo/-', value: ['abc', 'def']]]                         || [foo: ['bar', ['abc', 'def']]]
    }

    def "RFC 6902 #example is invalid_request"() {
        when:
        apply(target, patch)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        example                                 | target                 | patch
        'A.9 testing a value: error'            | [baz: 'qux']           | [[op: 'test', path: '/baz', value: 'bar']]
        'A.12 adding to a nonexistent target'   | [foo: 'bar']           | [[op: 'add', path: '/baz/bat', value: 'qux']]
        'A.13 an invalid JSON Patch operation'  | [foo: 'bar']           | [[op: 'frobnicate', path: '/baz', value: 'qux']]
        'A.15 comparing strings and numbers'    | ['/': 9, '~1': 10]     | [[op: 'test', path: '/~01', value: '10']]
    }

    def "a copy duplicates the value without tying the two places together"() {
        when:
        def result = apply([foo: [bar: 1]], [[op: 'copy', from: '/foo', path: '/baz'], [op: 'add', path: '/baz/qux', value: 2]])

        then:
        result == [foo: [bar: 1], baz: [bar: 1, qux: 2]]
    }

    def "add on an existing member replaces its value"() {
        expect:
        apply([foo: 'bar'], [[op: 'add', path: '/foo', value: 'baz']]) == [foo: 'baz']
    }

    def "an empty patch returns an equal copy"() {
        given:
        def target = [foo: [1, 2]]

        when:
        def result = apply(target, [])

        then:
        result == target
        !result.is(target)
    }

    def "test compares the numbers #expected and #actual by value"() {
        expect:
        apply([n: actual], [[op: 'test', path: '/n', value: expected]]) == [n: actual]

        where:
        actual                    | expected
        1                         | 1.0
        1                         | 1L
        1L                        | 1.0d
        1.0                       | 1.00
        1                         | 1.0f
        1                         | BigInteger.ONE
        10                        | new BigDecimal('1E+1')
        2.5d                      | 2.50
        12345678901234567890G     | 12345678901234567890.0
    }

    def "test tells different numbers apart"() {
        when:
        apply([n: 1], [[op: 'test', path: '/n', value: 1.5]])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
    }

    def "test compares #kind structurally"() {
        expect:
        apply([v: actual], [[op: 'test', path: '/v', value: expected]]) == [v: actual]

        where:
        kind                                      | actual                    | expected
        'objects regardless of member order'      | [a: 1, b: [c: 2]]         | [b: [c: 2.0], a: 1]
        'arrays element by element'               | [1, 'x', [true]]          | [1.0, 'x', [true]]
        'null'                                    | null                      | null
        'booleans'                                | false                     | false
    }

    def "test refuses #kind"() {
        when:
        apply([v: actual], [[op: 'test', path: '/v', value: expected]])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        kind                            | actual         | expected
        'arrays in another order'       | [1, 2]         | [2, 1]
        'arrays of another length'      | [1, 2]         | [1, 2, 2]
        'objects with another member'   | [a: 1]         | [a: 1, b: 2]
        'null for false'                | false          | null
        'a number for a boolean'        | true           | 1
        'a missing member'              | [a: 1]         | [a: 1, b: null]
    }

    def "a successful patch leaves its input document as it was"() {
        given:
        def target = [foo: [bar: ['a', 'b']], baz: 'qux']

        when:
        def result = apply(target, [[op: 'add', path: '/foo/bar/-', value: 'c'],
                                    [op: 'remove', path: '/baz'],
                                    [op: 'replace', path: '/foo/bar/0', value: 'z'],
                                    [op: 'move', from: '/foo/bar', path: '/moved']])

        then:
        result == [foo: [:], moved: ['z', 'b', 'c']]
        target == [foo: [bar: ['a', 'b']], baz: 'qux']
    }

    def "a failing patch leaves its input document as it was"() {
        given:
        def target = [foo: [bar: ['a', 'b']], baz: 'qux']

        when:
        apply(target, [[op: 'remove', path: '/foo/bar/0'], [op: 'remove', path: '/baz'], [op: 'test', path: '/baz', value: 'qux']])

        then:
        thrown(OAuthException)
        target == [foo: [bar: ['a', 'b']], baz: 'qux']
    }

    def "changing the result afterwards changes neither the input nor the patch's values"() {
        given:
        def target = [foo: [bar: 1]]
        def value = [deep: [1]]
        def patch = parse([[op: 'add', path: '/added', value: value]])

        when:
        def result = apply(patch, target)
        result.foo.bar = 2
        result.added.deep << 2

        then:
        target == [foo: [bar: 1]]
        value == [deep: [1]]
        apply(patch, target) == [foo: [bar: 1], added: [deep: [1]]]
    }

    def "'-' appends to an array"() {
        expect:
        apply([a: [1, 2]], [[op: 'add', path: '/a/-', value: 3]]) == [a: [1, 2, 3]]
    }

    def "an index equal to the array's length appends"() {
        expect:
        apply([a: [1, 2]], [[op: 'add', path: '/a/2', value: 3]]) == [a: [1, 2, 3]]
    }

    def "#operation is invalid_request naming the operation"() {
        when:
        apply([a: [1, 2], s: 'text'], [op])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('patch operation 0')

        where:
        operation                                   | op
        'an index with a leading zero'              | [op: 'add', path: '/a/01', value: 3]
        'reading an index with a leading zero'      | [op: 'test', path: '/a/01', value: 2]
        'a negative index'                          | [op: 'add', path: '/a/-1', value: 3]
        'an index that is not a number'             | [op: 'add', path: '/a/x', value: 3]
        'adding beyond the end'                     | [op: 'add', path: '/a/3', value: 3]
        'removing beyond the end'                   | [op: 'remove', path: '/a/2']
        'replacing beyond the end'                  | [op: 'replace', path: '/a/2', value: 3]
        'replacing with -'                          | [op: 'replace', path: '/a/-', value: 3]
        'removing with -'                           | [op: 'remove', path: '/a/-']
        'testing with -'                            | [op: 'test', path: '/a/-', value: 2]
        'a huge index'                              | [op: 'add', path: '/a/99999999999', value: 3]
        'removing a missing member'                 | [op: 'remove', path: '/missing']
        'replacing a missing member'                | [op: 'replace', path: '/missing', value: 1]
        'moving from a missing member'              | [op: 'move', from: '/missing', path: '/b']
        'copying from a missing member'             | [op: 'copy', from: '/missing', path: '/b']
        'testing a missing member'                  | [op: 'test', path: '/missing', value: null]
        'adding inside a string'                    | [op: 'add', path: '/s/x', value: 1]
        'reading inside a string'                   | [op: 'test', path: '/s/x', value: 1]
        'moving a value into its own child'         | [op: 'move', from: '/a', path: '/a/0']
        'moving an object into its own child'       | [op: 'move', from: '', path: '/a']
        'removing the whole document'               | [op: 'remove', path: '']
        'a path without a leading /'                | [op: 'remove', path: 'a']
        'a path with a bad ~ escape'                | [op: 'remove', path: '/a~2']
        'a from without a leading /'                | [op: 'move', from: 'a', path: '/b']
        'a path that is not a string'               | [op: 'remove', path: 5]
        'no path'                                   | [op: 'remove']
        'no from in a move'                         | [op: 'move', path: '/b']
        'no from in a copy'                         | [op: 'copy', path: '/b']
        'no value in an add'                        | [op: 'add', path: '/b']
        'no value in a replace'                     | [op: 'replace', path: '/a']
        'no value in a test'                        | [op: 'test', path: '/a']
        'no op'                                     | [path: '/a']
        'an op that is not a string'                | [op: 1, path: '/a']
        'an unknown op'                             | [op: 'merge', path: '/a', value: 1]
    }

    def "a value given as null is a value"() {
        expect:
        apply([a: 1], [[op: 'add', path: '/b', value: null]]) == [a: 1, b: null]
    }

    def "moving a value to where it is changes nothing"() {
        expect:
        apply([a: 1, b: 2], [[op: 'move', from: '/a', path: '/a']]) == [a: 1, b: 2]
    }

    def "moving a value up into its own parent replaces the parent"() {
        expect:
        apply([a: [b: [c: 1]]], [[op: 'move', from: '/a/b', path: '/a']]) == [a: [c: 1]]
    }

    def "replacing the whole document with an object gives that object"() {
        expect:
        apply([a: 1], [[op: 'replace', path: '', value: [b: 2]]]) == [b: 2]
    }

    def "adding the whole document gives that object"() {
        expect:
        apply([a: 1], [[op: 'add', path: '', value: [b: 2]]]) == [b: 2]
    }

    def "a result that is no longer an object is invalid_request"() {
        when:
        apply([a: 1], [[op: 'add', path: '', value: [1, 2]]])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
    }

    def "a patch document that is not an array of operations is invalid_request"() {
        when:
        parse(document)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        document << [[op: 'add', path: '/a', value: 1], 'add /a', null, 42, [['op', 'add']]]
    }

    def "a pointer path is unescaped before it is applied"() {
        expect:
        apply([:], [[op: 'add', path: '/a~1b', value: 1], [op: 'add', path: '/m~0n', value: 2]]) == ['a/b': 1, 'm~n': 2]
    }

    def "an empty member name is a member like any other"() {
        expect:
        apply(['': 0], [[op: 'replace', path: '/', value: 1]]) == ['': 1]
    }

    def "touches sees writes at, inside and above a member, and moves away from it, but not tests or copies from it"() {
        expect:
        parse(operations).touches('client_id') == touched

        where:
        operations                                                      || touched
        [[op: 'add', path: '/client_id', value: 'x']]                   || true
        [[op: 'replace', path: '/client_id', value: 'x']]               || true
        [[op: 'remove', path: '/client_id']]                            || true
        [[op: 'add', path: '/client_id/x', value: 'x']]                 || true
        [[op: 'replace', path: '', value: [client_id: 'x']]]            || true
        [[op: 'move', from: '/client_id', path: '/x']]                  || true
        [[op: 'move', from: '/x', path: '/client_id']]                  || true
        [[op: 'copy', from: '/x', path: '/client_id']]                  || true
        [[op: 'copy', from: '/client_id', path: '/x']]                  || false
        [[op: 'test', path: '/client_id', value: 'x']]                  || false
        [[op: 'replace', path: '/client_idx', value: 'x']]              || false
        [[op: 'replace', path: '/client_name', value: 'x']]             || false
    }

    def "a patch of more than #max operations is refused before it runs"() {
        when:
        parse([[op: 'test', path: '/a', value: 1]] * (max + 1))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(max as String)

        where:
        max = ClientJsonPatch.MAX_OPERATIONS
    }

    def "copies that double the document are stopped once it outgrows the limit"() {
        given: 'a kilobyte, and 30 operations that each double it: a gigabyte if nothing stopped them'
        def target = [a: ['x' * 1000]]
        def doubling = (1..30).collect { [op: 'copy', from: '/a', path: '/a/-'] }

        when:
        apply(target, doubling)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('larger than')
    }
}
