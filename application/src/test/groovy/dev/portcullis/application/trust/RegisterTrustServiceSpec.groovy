package dev.portcullis.application.trust

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.port.Randomness
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.trust.TrustId

import java.time.Duration

class RegisterTrustServiceSpec extends TrustServiceSpecification {

    def "a registration is stored as a relationship with its issuer, subject, scope, key and expiry"() {
        when:
        def trust = registered(scope: ['read', 'write'])

        then:
        trust.issuer() == ISSUER
        trust.subject() == Optional.of('alice')
        !trust.allowsAnySubject()
        trust.scope() == Scopes.of(['read', 'write'])
        trust.keyId() == 'key-1'
        trust.publicKey().members() == [kty: 'EC', crv: 'P-256', kid: 'key-1', x: 'x', y: 'y']
        trust.expiresAt() == START + TERM
        trust.createdAt() == START
        trusts.find(trust.id()) == Optional.of(trust)
        stored() == [trust]
    }

    def "allow_any_subject without a subject stores a relationship for any subject"() {
        when:
        def trust = registered(subject: subject, allowAnySubject: true)

        then:
        trust.allowsAnySubject()
        trust.subject().isEmpty()
        trust.admits('anyone')

        where:
        subject << [null, '', '   ']
    }

    def "the issuer and subject are stored without surrounding whitespace"() {
        when:
        def trust = registered(issuer: ' \t' + ISSUER + ' ', subject: ' alice\n')

        then:
        trust.issuer() == ISSUER
        trust.subject() == Optional.of('alice')
    }

    def "an issuer and a subject of 1024 characters are accepted"() {
        when:
        def trust = registered(issuer: 'i' * 1024, subject: 's' * 1024)

        then:
        trust.issuer() == 'i' * 1024
        trust.subject() == Optional.of('s' * 1024)
    }

    def "a registration whose #problem is invalid_request naming #named, and stores nothing"() {
        when:
        register.register(registration(fields))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(named)
        stored().isEmpty()

        where:
        problem                                        | fields                                                      || named
        'issuer is empty'                              | [issuer: '']                                                || 'issuer'
        'issuer is blank'                              | [issuer: ' \t\n']                                           || 'issuer'
        'issuer is 1025 characters'                    | [issuer: 'i' * 1025]                                        || 'issuer'
        'subject is 1025 characters'                   | [subject: 's' * 1025]                                       || 'subject'
        'subject and allow_any_subject are both given' | [subject: 'alice', allowAnySubject: true]                   || 'allow_any_subject'
        'neither subject nor allow_any_subject is'     | [subject: null]                                             || 'allow_any_subject'
        'subject is blank, without allow_any_subject'  | [subject: '  ']                                             || 'allow_any_subject'
        'scope holds a space'                          | [scope: ['read write']]                                     || 'scope'
        'scope holds an empty token'                   | [scope: ['read', '']]                                       || 'scope'
        'scope holds a double quote'                   | [scope: ['re"ad']]                                          || 'scope'
        'scope holds a backslash'                      | [scope: ['re\\ad']]                                         || 'scope'
        'scope holds a non-ASCII letter'               | [scope: ['lesen-ü']]                                        || 'scope'
        'jwk is private'                               | [jwk: FakeForeignJwts.key('key-1') + [d: 'private']]        || 'jwk'
        'jwk has no kid'                               | [jwk: FakeForeignJwts.key('key-1').findAll { it.key != 'kid' }] || 'jwk'
        'jwk has a blank kid'                          | [jwk: FakeForeignJwts.key(' ')]                             || 'jwk'
        'jwk is symmetric'                             | [jwk: [kty: 'oct', kid: 'key-1', k: 'c2VjcmV0']]            || 'jwk'
        'jwk is empty'                                 | [jwk: [:]]                                                  || 'jwk'
        'expires_at is missing'                        | [expiresAt: null]                                           || 'expires_at'
        'expires_at is now'                            | [expiresAt: START]                                          || 'expires_at'
        'expires_at is in the past'                    | [expiresAt: START - Duration.ofDays(1)]                     || 'expires_at'
        'expires_at is within this millisecond'        | [expiresAt: START + Duration.ofNanos(999_999)]              || 'expires_at'
    }

    def "scope tokens are kept once each, in order, and no scope is allowed"() {
        expect:
        registered(scope: ['write', 'read', 'write'], jwk: FakeForeignJwts.key('a')).scope().values() as List == ['write', 'read']
        registered(scope: [], jwk: FakeForeignJwts.key('b')).scope().isEmpty()
    }

    def "the relationship's key and kid are those the key port gives back"() {
        given:
        def jwk = [kty: 'RSA', kid: 'rsa-1', n: 'bW9kdWx1cw', e: 'AQAB', use: 'sig']

        when:
        def trust = registered(jwk: jwk)

        then:
        trust.keyId() == 'rsa-1'
        trust.publicKey().members() == jwk
    }

    def "expires_at is kept to the millisecond"() {
        expect:
        registered(expiresAt: START + Duration.ofNanos(1_999_999)).expiresAt() == START + Duration.ofMillis(1)
    }

    def "created_at is the clock's instant truncated to the millisecond"() {
        given:
        clock.advance(Duration.ofNanos(1_234_567))

        expect:
        registered().createdAt() == START + Duration.ofMillis(1)
    }

    def "another relationship of the issuer for the same #subject and kid is a conflict and changes nothing"() {
        given:
        def first = registered(subject: subject, allowAnySubject: subject == null)

        when:
        registered(subject: subject, allowAnySubject: subject == null, scope: ['write'], expiresAt: START + Duration.ofDays(90))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored() == [first]

        where:
        subject << ['alice', null]
    }

    def "a relationship that expired still conflicts with a new one for its issuer, subject and kid"() {
        given:
        registered(expiresAt: START + Duration.ofHours(1))
        clock.advance(Duration.ofHours(2))

        when:
        registered()

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored().size() == 1
    }

    def "relationships differing in #difference do not conflict"() {
        given:
        registered()

        when:
        registered(other)

        then:
        stored().size() == 2

        where:
        difference    | other
        'issuer'      | [issuer: 'https://other.example.com']
        'subject'     | [subject: 'bob']
        'any subject' | [subject: null, allowAnySubject: true]
        'kid'         | [jwk: FakeForeignJwts.key('key-2')]
    }

    def "the id is a well-formed version 4 UUID"() {
        when:
        def id = registered().id().value()
        def uuid = UUID.fromString(id)

        then:
        TrustId.isWellFormed(id)
        uuid.toString() == id
        uuid.version() == 4
        uuid.variant() == 2
    }

    def "with random bytes all #bits the id is #expected: only the version and variant bits are set"() {
        given:
        randomness = { int count -> ([fill] * count) as byte[] } as Randomness

        expect:
        registered().id().value() == expected

        where:
        bits   | fill       || expected
        'zero' | 0 as byte  || '00000000-0000-4000-8000-000000000000'
        'one'  | -1 as byte || 'ffffffff-ffff-4fff-bfff-ffffffffffff'
    }

    def "every relationship gets an id of its own"() {
        when:
        def ids = (1..50).collect { registered(jwk: FakeForeignJwts.key("key-$it".toString())).id() }

        then:
        ids.toSet().size() == 50
        stored()*.id().toSet() == ids.toSet()
    }
}
