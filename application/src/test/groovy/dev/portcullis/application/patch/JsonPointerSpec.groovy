package dev.portcullis.application.patch

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class JsonPointerSpec extends Specification {

    def "'#pointer' reads as the tokens #tokens"() {
        expect:
        JsonPointer.parse(pointer).tokens() == tokens

        where:
        pointer        || tokens
        ''             || []
        '/'            || ['']
        '/foo'         || ['foo']
        '/foo/0'       || ['foo', '0']
        '/a~1b'        || ['a/b']
        '/m~0n'        || ['m~n']
        '/~01'         || ['~1']
        '/~10'         || ['/0']
        '/~0~1'        || ['~/']
        '/~1~0'        || ['/~']
        '/a//b'        || ['a', '', 'b']
        '/foo/'        || ['foo', '']
        '/ '           || [' ']
        '/c%d'         || ['c%d']
    }

    def "the tokens #tokens are written as '#pointer'"() {
        expect:
        new JsonPointer(tokens).toString() == pointer

        where:
        tokens          || pointer
        []              || ''
        ['']            || '/'
        ['foo', '0']    || '/foo/0'
        ['a/b']         || '/a~1b'
        ['m~n']         || '/m~0n'
        ['~1']          || '/~01'
        ['/0']          || '/~10'
        ['~/']          || '/~0~1'
    }

    def "escaping round-trips: '#pointer'"() {
        expect:
        JsonPointer.parse(pointer).toString() == pointer

        where:
        pointer << ['', '/', '/a~1b/m~0n', '/~01', '/~10', '/~0~1~0~1', '/a//b/']
    }

    def "'#pointer' is not a pointer because it #problem"() {
        when:
        JsonPointer.parse(pointer)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                           | pointer
        'has no leading /'                | 'foo'
        'has no leading / before ~1'      | '~1foo'
        'has a ~ followed by 2'           | '/a~2b'
        'has a ~ at the end'              | '/a~'
        'has a ~ before a /'              | '/a~/b'
        'has a lone ~'                    | '/~'
        'has a bad ~ after a line break'  | '/a\n~2'
    }

    def "in a patch, a malformed #member pointer is invalid_request naming it"() {
        when:
        JsonPatch.parse([op])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(member)

        where:
        member | op
        'path' | [op: 'remove', path: 'foo']
        'path' | [op: 'remove', path: '/a~2']
        'from' | [op: 'move', from: 'foo', path: '/bar']
        'from' | [op: 'copy', from: '/a~', path: '/bar']
    }

    def "a pointer starts with another when it is the same or inside it"() {
        expect:
        JsonPointer.parse(pointer).startsWith(JsonPointer.parse(prefix)) == result

        where:
        pointer       | prefix       || result
        '/a/b'        | '/a'         || true
        '/a'          | '/a'         || true
        '/a'          | ''           || true
        ''            | ''           || true
        '/a'          | '/a/b'       || false
        '/ab'         | '/a'         || false
        '/b/a'        | '/a'         || false
    }

    def "the parent of a pointer drops its last token"() {
        expect:
        JsonPointer.parse('/a/b/c').parent() == JsonPointer.parse('/a/b')
        JsonPointer.parse('/a/b/c').last() == 'c'
        JsonPointer.parse('/a').parent() == JsonPointer.ROOT
        JsonPointer.parse('').isRoot()
        !JsonPointer.parse('/').isRoot()
    }

    def "a pointer's tokens cannot be changed from outside"() {
        given:
        def tokens = ['a', 'b']
        def pointer = new JsonPointer(tokens)

        when:
        tokens << 'c'

        then:
        pointer.tokens() == ['a', 'b']

        when:
        pointer.tokens().add('d')

        then:
        thrown(UnsupportedOperationException)
    }
}
