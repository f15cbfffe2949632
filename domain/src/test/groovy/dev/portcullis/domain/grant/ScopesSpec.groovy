package dev.portcullis.domain.grant

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class ScopesSpec extends Specification {

    def "parsing keeps the tokens in the order first given"() {
        when:
        def scopes = Scopes.parse('write openid read', ErrorCode.INVALID_SCOPE, 'scope')

        then:
        scopes.values() as List == ['write', 'openid', 'read']
        scopes.value() == 'write openid read'
    }

    def "parsing collapses a repeated token into its first occurrence"() {
        expect:
        Scopes.parse('read write read', ErrorCode.INVALID_SCOPE, 'scope').value() == 'read write'
    }

    def "parsing #description input yields no scope"() {
        when:
        def scopes = Scopes.parse(raw, ErrorCode.INVALID_SCOPE, 'scope')

        then:
        scopes == Scopes.NONE
        scopes.isEmpty()

        where:
        description | raw
        'absent'    | null
        'empty'     | ''
    }

    def "parsing accepts every NQCHAR in a token"() {
        given:
        def token = '!#[]^~' + 'https://api.example.com/orders:read'

        expect:
        Scopes.parse(token, ErrorCode.INVALID_SCOPE, 'scope').values() == [token] as Set
    }

    def "parsing fails with invalid_scope naming the parameter when #problem"() {
        when:
        Scopes.parse(raw, ErrorCode.INVALID_SCOPE, 'scope')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        e.error().description().contains('scope')

        where:
        problem                               | raw
        'tokens are separated by two spaces'  | 'read  write'
        'it starts with a space'              | ' read'
        'it ends with a space'                | 'read '
        'it is only a space'                  | ' '
        'tokens are separated by a tab'       | 'read\twrite'
        'tokens are separated by a newline'   | 'read\nwrite'
        'a token holds a double quote'        | 'read"'
        'a token holds a backslash'           | 're\\ad'
        'a token holds a control character'   | 're\u0001ad'
        'a token holds a non-ASCII character' | 'lésen'
    }

    def "parsing reports the error code and parameter chosen by the caller"() {
        when:
        Scopes.parse('read  write', ErrorCode.INVALID_CLIENT_METADATA, 'default_scope')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().startsWith('default_scope ')
    }

    def "#description is #verdict as a scope token"() {
        expect:
        Scopes.isScopeToken(token) == valid

        where:
        description        | token    | valid
        "'read'"           | 'read'   | true
        "'!'"              | '!'      | true
        "'~'"              | '~'      | true
        'an empty string'  | ''       | false
        'null'             | null     | false
        'a space'          | ' '      | false
        'a double quote'   | '"'      | false
        'a backslash'      | '\\'     | false
        'DEL'              | '\u007F' | false

        verdict = valid ? 'valid' : 'invalid'
    }

    def "constructing scopes from a malformed token is a programming error"() {
        when:
        Scopes.of(['read', 'two words'])

        then:
        thrown(IllegalArgumentException)
    }

    def "two scope sets with the same tokens are equal whatever their order"() {
        expect:
        Scopes.of(['read', 'write']) == Scopes.of(['write', 'read'])
    }

    def "a scope set contains another when it holds all of its tokens"() {
        given:
        def granted = Scopes.of(['read', 'write'])

        expect:
        granted.containsAll(Scopes.of(['write']))
        granted.containsAll(Scopes.NONE)
        !granted.containsAll(Scopes.of(['read', 'admin']))
    }

    def "holds an immutable copy of its tokens"() {
        given:
        def tokens = ['read'] as LinkedHashSet
        def scopes = new Scopes(tokens)

        when:
        tokens << 'write'

        then:
        scopes.value() == 'read'

        when:
        scopes.values().add('write')

        then:
        thrown(UnsupportedOperationException)
    }

    def "#scopes #verdict an OpenID Connect request"() {
        expect:
        Scopes.of(scopes).includesOpenId() == openId

        where:
        scopes              | openId
        ['openid']          | true
        ['openid', 'email'] | true
        ['email']           | false
        []                  | false
        verdict = openId ? 'make' : 'do not make'
    }

    def "#scopes #verdict a refresh token"() {
        expect:
        Scopes.of(scopes).grantsRefreshToken() == refresh

        where:
        scopes                     | refresh
        ['openid', 'offline_access'] | true
        ['offline']                | true
        ['openid']                 | false
        ['offline_access_x']       | false
        verdict = refresh ? 'grant' : 'do not grant'
    }
}
