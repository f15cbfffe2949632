package dev.portcullis.domain.token

import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

class TokenRecordSpec extends Specification {

    static final Instant ISSUED = Instant.parse('2030-01-01T00:00:00Z')
    static final Instant EXPIRES = ISSUED + Duration.ofHours(1)

    static TokenRecord record(Map overrides = [:]) {
        Map fields = [kind: TokenKind.ACCESS_TOKEN, issuedAt: ISSUED, expiresAt: EXPIRES, audience: ['api'] as Set,
                      revoked: false] + overrides
        new TokenRecord(new TokenSignature('s' * 43), fields.kind as TokenKind, new ClientId('machine'),
                Optional.empty(), Scopes.of(['read']), Audience.of(fields.audience as Set<String>), fields.issuedAt as Instant,
                fields.expiresAt as Instant, new GrantId('grant-0001'), fields.revoked as boolean)
    }

    def "a token is #state at #moment"() {
        expect:
        record().isActiveAt(at) == active

        where:
        moment                      | at                             || active
        'its issue instant'         | ISSUED                         || true
        'a moment before issue'     | ISSUED - Duration.ofNanos(1)   || false
        'the middle of its life'    | ISSUED + Duration.ofMinutes(30) || true
        'a moment before expiry'    | EXPIRES - Duration.ofNanos(1)  || true
        'its expiry instant'        | EXPIRES                        || false
        'a day after expiry'        | EXPIRES + Duration.ofDays(1)   || false

        state = active ? 'active' : 'inactive'
    }

    def "a revoked token is never active"() {
        expect:
        !record(revoked: true).isActiveAt(ISSUED + Duration.ofMinutes(1))
    }

    def "revoking returns a revoked copy and leaves the original as it was"() {
        given:
        def original = record()

        when:
        def revoked = original.revoke()

        then:
        revoked.revoked()
        !original.revoked()
        revoked == record(revoked: true)
    }

    def "a token that #problem cannot be recorded"() {
        when:
        record(expiresAt: expiresAt)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                            | expiresAt
        'expires when it is issued'        | ISSUED
        'expires before it is issued'      | ISSUED - Duration.ofSeconds(1)
    }

    def "an ID token has no record: it is never presented back"() {
        when:
        record(kind: TokenKind.ID_TOKEN)

        then:
        thrown(IllegalArgumentException)
    }

    def "refresh tokens have records"() {
        expect:
        record(kind: TokenKind.REFRESH_TOKEN).kind() == TokenKind.REFRESH_TOKEN
    }

    def "the audience is copied in order and cannot be changed afterwards"() {
        given:
        def audience = new LinkedHashSet<String>(['b', 'a', 'c'])
        def token = record(audience: audience)

        when:
        audience.add('d')

        then:
        token.audience().values() as List == ['b', 'a', 'c']

        when:
        token.audience().values().add('e')

        then:
        thrown(UnsupportedOperationException)
    }

    def "a record without #field is a programming error"() {
        when:
        new TokenRecord(values.signature, TokenKind.ACCESS_TOKEN, values.clientId, values.subject, Scopes.NONE, Audience.NONE,
                ISSUED, EXPIRES, values.grantId, false)

        then:
        thrown(NullPointerException)

        where:
        field       | values
        'signature' | valid() + [signature: null]
        'client id' | valid() + [clientId: null]
        'subject'   | valid() + [subject: null]
        'grant id'  | valid() + [grantId: null]
    }

    private static Map valid() {
        [signature: new TokenSignature('s' * 43), clientId: new ClientId('machine'), subject: Optional.empty(),
         grantId: new GrantId('grant-0001')]
    }
}
