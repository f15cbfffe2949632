package dev.portcullis.domain.trust

import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.Scopes
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

import static dev.portcullis.domain.trust.TrustRelationships.CREATED
import static dev.portcullis.domain.trust.TrustRelationships.EXPIRES
import static dev.portcullis.domain.trust.TrustRelationships.relationship

class TrustRelationshipSpec extends Specification {

    static final Map VALID = [id: new TrustId('0f8fad5b-d9cb-469f-a165-70867728950e'), issuer: 'https://issuer.example.com',
                              subject: Optional.of('alice'), scope: Scopes.of(['read']), keyId: 'key-1',
                              publicKey: new JsonDocument(TrustRelationships.publicJwk('key-1')), expiresAt: EXPIRES,
                              createdAt: CREATED]

    /** The constructor called with the valid arguments, except for those in {@code changes}. */
    static TrustRelationship construct(Map changes) {
        Map f = VALID + changes
        new TrustRelationship(f.id as TrustId, f.issuer as String, f.subject as Optional<String>, f.scope as Scopes,
                f.keyId as String, f.publicKey as JsonDocument, f.expiresAt as Instant, f.createdAt as Instant)
    }

    def "a relationship keeps what it was made of"() {
        when:
        def trust = construct([:])

        then:
        trust.id().value() == '0f8fad5b-d9cb-469f-a165-70867728950e'
        trust.issuer() == 'https://issuer.example.com'
        trust.subject() == Optional.of('alice')
        trust.scope() == Scopes.of(['read'])
        trust.keyId() == 'key-1'
        trust.publicKey().members() == TrustRelationships.publicJwk('key-1')
        trust.expiresAt() == EXPIRES
        trust.createdAt() == CREATED
    }

    def "a relationship without #field cannot be made"() {
        when:
        construct([(field): null])

        then:
        thrown(NullPointerException)

        where:
        field << ['id', 'issuer', 'subject', 'scope', 'keyId', 'publicKey', 'expiresAt', 'createdAt']
    }

    def "a relationship whose #problem cannot be made"() {
        when:
        construct(changes)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                                   | changes
        'issuer is empty'                         | [issuer: '']
        'issuer is blank'                         | [issuer: ' \t']
        'subject is empty rather than absent'     | [subject: Optional.of('')]
        'subject is blank'                        | [subject: Optional.of('  ')]
        'key id is empty'                         | [keyId: '']
        'key id is blank'                         | [keyId: ' ']
        'expiry is its creation instant'          | [expiresAt: CREATED]
        'expiry is before its creation'           | [expiresAt: CREATED - Duration.ofSeconds(1)]
    }

    def "a relationship may expire a nanosecond after it was made, and may hold no scope"() {
        expect:
        construct(expiresAt: CREATED + Duration.ofNanos(1)).expiresAt() == CREATED + Duration.ofNanos(1)
        construct(scope: Scopes.NONE).scope().isEmpty()
    }

    def "a relationship with a subject is for that subject only"() {
        given:
        def trust = relationship(subject: 'alice')

        expect:
        !trust.allowsAnySubject()
        trust.admits(asserted) == admitted

        where:
        asserted    || admitted
        'alice'     || true
        'Alice'     || false
        'alice '    || false
        'bob'       || false
        'alice@x'   || false
        ''          || false
    }

    def "a relationship without a subject admits every subject"() {
        given:
        def trust = relationship(subject: null)

        expect:
        trust.allowsAnySubject()
        trust.subject().isEmpty()
        trust.admits(asserted)

        where:
        asserted << ['alice', 'bob', 'urn:example:service', '']
    }

    def "a relationship is #state at #moment"() {
        expect:
        relationship().isActiveAt(at) == active

        where:
        moment                     | at                            || active
        'its creation'             | CREATED                       || true
        'the middle of its term'   | CREATED + Duration.ofDays(100) || true
        'a moment before expiry'   | EXPIRES - Duration.ofNanos(1) || true
        'its expiry instant'       | EXPIRES                       || false
        'a day after expiry'       | EXPIRES + Duration.ofDays(1)  || false

        state = active ? 'in force' : 'not in force'
    }

    def "relationships are values"() {
        expect:
        relationship(subject: 'bob') == relationship(subject: 'bob')
        relationship(subject: 'bob') != relationship(subject: 'bob', scope: ['read'])
    }
}
