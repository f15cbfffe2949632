package dev.portcullis.application.port

import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.token.TokenRecord
import dev.portcullis.domain.token.TokenSignature
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static dev.portcullis.domain.grant.TokenKind.ACCESS_TOKEN
import static dev.portcullis.domain.grant.TokenKind.REFRESH_TOKEN

/**
 * What every {@link TokenRepository} must do. Subclassed by the fake, the memory adapter and the JDBC
 * adapter on H2 and PostgreSQL; each subclass hands out a repository with no records in it. Times are whole
 * milliseconds: that is the precision the port keeps.
 */
abstract class TokenRepositoryContractSpec extends Specification {

    /** A repository holding no token records. */
    abstract TokenRepository emptyRepository()

    TokenRepository repository
    def now = Instant.parse('2030-01-01T00:00:00Z')

    def setup() {
        repository = emptyRepository()
    }

    /** A signature readable in failures: the name padded to the shortest allowed length. */
    static TokenSignature signature(String name) {
        new TokenSignature(name.padRight(16, '0'))
    }

    /** An access token record of client-a in grant-one, valid for an hour from now, unless {@code fields} say otherwise. */
    TokenRecord token(Map fields = [:], String name) {
        Instant issuedAt = fields.getOrDefault('issuedAt', now)
        new TokenRecord(signature(name),
                fields.getOrDefault('kind', ACCESS_TOKEN),
                new ClientId(fields.getOrDefault('client', 'client-a')),
                Optional.ofNullable(fields.subject as String),
                Scopes.of(fields.getOrDefault('scope', ['read'])),
                Audience.of(fields.getOrDefault('audience', []) as List<String>),
                issuedAt,
                fields.getOrDefault('expiresAt', issuedAt.plus(Duration.ofHours(1))),
                new GrantId(fields.getOrDefault('grant', 'grant-one')),
                fields.getOrDefault('revoked', false))
    }

    def "a record that was added is found with every field as it was, #description"() {
        given:
        def original = new TokenRecord(new TokenSignature(signature), kind, new ClientId('client-everything'), subject,
                Scopes.of(scope), Audience.of(audience), now.plusMillis(1), now.plusMillis(3_600_001),
                new GrantId('grant-everything'), revoked)

        when:
        def added = repository.add(original)

        then:
        added
        def found = repository.find(new TokenSignature(signature)).get()
        found == original
        found.scope().values() as List == scope
        found.audience().values() as List == audience

        where:
        description                        | signature | kind          | subject                  | scope                                           | audience                                                                              | revoked
        'with subject, scope and audience' | 'a' * 16  | ACCESS_TOKEN  | Optional.of('alice')     | ['openid', 'read', 'write:all']                 | ['https://api.example.com', 'urn:billing', 'an-audience-with-"quotes",\\-and-ü'] | false
        'without subject, scope, audience' | 'b' * 128 | REFRESH_TOKEN | Optional.empty()         | []                                              | []                                                                                    | false
        'in an order that is not sorted'   | 'c-_' * 6 | ACCESS_TOKEN  | Optional.of('user 42 ✓') | ['z', 'a', 'm']                                 | ['zz', 'aa', 'mm']                                                                    | false
        'already revoked'                  | 'd' * 43  | REFRESH_TOKEN | Optional.of('carol')     | ['offline_access']                              | ['https://api.example.com']                                                           | true
        'with many scopes and audiences'   | 'e' * 43  | ACCESS_TOKEN  | Optional.of('dave')      | (1..300).collect { "scope:$it/read" as String } | (1..100).collect { "https://api-${it}.example.com/a-path,with;punctuation" as String }     | false
    }

    def "further claims and the token a record was exchanged for are kept, nested JSON and numbers included"() {
        given:
        def parent = token('parent')
        def claims = new JsonDocument([act: [sub: 'robot', client_id: 'robot', act: [iss: 'https://p.example', sub: 'ü "q"']],
                                       box_subject_type: 'enterprise', box_subject_id: '12345', depth: 2, ratio: 0.5,
                                       flag: true, list: [1, 'two', null]])
        def child = new TokenRecord(signature('child'), ACCESS_TOKEN, new ClientId('client-a'), Optional.of('alice'),
                Scopes.of(['read']), Audience.NONE, now, now.plusSeconds(60), new GrantId('grant-one'), false, claims,
                Optional.of(parent.signature()))

        when:
        repository.add(parent)
        repository.add(child)
        repository.add(token('unrelated'))

        then:
        repository.find(child.signature()).get() == child
        repository.find(parent.signature()).get().claims().isEmpty()
        repository.find(parent.signature()).get().derivedFrom().isEmpty()

        and: 'the records exchanged from a token are found by it, revoked ones too'
        repository.findDerived(parent.signature()) == [child.signature()]
        repository.revoke(child.signature())
        repository.findDerived(parent.signature()) == [child.signature()]
        repository.find(child.signature()).get().claims() == claims
        repository.findDerived(child.signature()).isEmpty()
    }

    def "finding an unknown signature gives nothing"() {
        expect:
        repository.find(signature('nobody')).isEmpty()
    }

    def "adding a record whose signature is taken is refused and writes nothing"() {
        given:
        def first = token('taken', client: 'first-client', subject: 'first')
        repository.add(first)

        when:
        def added = repository.add(token('taken', client: 'second-client', subject: 'second', kind: REFRESH_TOKEN))

        then:
        !added
        repository.find(signature('taken')).get() == first
    }

    def "of many concurrent adds with one signature exactly one succeeds"() {
        given:
        def threads = 8
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def results = (1..threads).collect { n ->
            pool.submit({ start.await(); repository.add(token('contested', subject: "racer $n")) } as Callable<Boolean>)
        }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.find(signature('contested')).isPresent()

        cleanup:
        pool.shutdownNow()
    }

    def "revoking a record marks it revoked and changes nothing else"() {
        given:
        def original = token('revocable', subject: 'alice', scope: ['read', 'write'], audience: ['urn:a', 'urn:b'])
        repository.add(original)

        when:
        def revoked = repository.revoke(signature('revocable'))

        then:
        revoked
        repository.find(signature('revocable')).get() == original.revoke()
    }

    def "revoking a record a second time reports that nothing changed"() {
        given:
        repository.add(token('once'))
        repository.revoke(signature('once'))

        expect:
        !repository.revoke(signature('once'))
        repository.find(signature('once')).get().revoked()
    }

    def "revoking an unknown signature reports that nothing changed"() {
        expect:
        !repository.revoke(signature('nobody'))
        repository.find(signature('nobody')).isEmpty()
    }

    def "of many concurrent revocations of one record exactly one succeeds"() {
        given:
        repository.add(token('contested'))
        def threads = 8
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def results = (1..threads).collect {
            pool.submit({ start.await(); repository.revoke(signature('contested')) } as Callable<Boolean>)
        }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.find(signature('contested')).get().revoked()

        cleanup:
        pool.shutdownNow()
    }

    def "revoking a grant revokes its records, counts those it changed, and leaves other grants alone"() {
        given:
        repository.add(token('family-access', grant: 'grant-family'))
        repository.add(token('family-refresh', grant: 'grant-family', kind: REFRESH_TOKEN))
        repository.add(token('family-revoked', grant: 'grant-family', revoked: true))
        repository.add(token('stranger', grant: 'grant-stranger'))

        when:
        def revoked = repository.revokeGrant(new GrantId('grant-family'))

        then:
        revoked == 2
        ['family-access', 'family-refresh', 'family-revoked'].every { repository.find(signature(it)).get().revoked() }
        !repository.find(signature('stranger')).get().revoked()
    }

    def "revoking a grant that has no unrevoked records changes nothing"() {
        given:
        repository.add(token('family-access', grant: 'grant-family'))
        repository.revokeGrant(new GrantId('grant-family'))

        expect:
        repository.revokeGrant(new GrantId('grant-family')) == 0
        repository.revokeGrant(new GrantId('grant-unknown')) == 0
    }

    def "removing a client deletes all its records, revoked or not, and no other client's"() {
        given:
        repository.add(token('leaving-1', client: 'leaving'))
        repository.add(token('leaving-2', client: 'leaving', grant: 'grant-two', kind: REFRESH_TOKEN))
        repository.add(token('leaving-3', client: 'leaving', revoked: true))
        repository.add(token('staying', client: 'staying'))

        when:
        def removed = repository.removeClient(new ClientId('leaving'))

        then:
        removed == 3
        ['leaving-1', 'leaving-2', 'leaving-3'].every { repository.find(signature(it)).isEmpty() }
        repository.find(signature('staying')).isPresent()
        repository.removeClient(new ClientId('leaving')) == 0
    }

    def "removing expired records deletes exactly those that expired before the cut-off"() {
        given:
        def cutoff = now.plus(Duration.ofDays(1))
        repository.add(token('long-gone', expiresAt: now.plus(Duration.ofHours(1))))
        repository.add(token('just-gone', expiresAt: cutoff.minusMillis(1), revoked: true))
        repository.add(token('at-cutoff', expiresAt: cutoff))
        repository.add(token('still-valid', expiresAt: cutoff.plusMillis(1)))
        repository.add(token('revoked-valid', expiresAt: cutoff.plus(Duration.ofDays(1)), revoked: true))

        when:
        def removed = repository.removeExpired(cutoff)

        then:
        removed == 2
        repository.find(signature('long-gone')).isEmpty()
        repository.find(signature('just-gone')).isEmpty()
        ['at-cutoff', 'still-valid', 'revoked-valid'].every { repository.find(signature(it)).isPresent() }
        repository.removeExpired(cutoff) == 0
    }

    def "issue and expiry times keep millisecond precision, #moment"() {
        given:
        def original = token('precise', issuedAt: issuedAt, expiresAt: issuedAt.plusMillis(1))

        when:
        repository.add(original)

        then:
        def found = repository.find(signature('precise')).get()
        found.issuedAt() == issuedAt
        found.expiresAt() == issuedAt.plusMillis(1)

        where:
        moment                                                         | issuedAt
        'on an ordinary day'                                           | Instant.parse('2030-01-01T00:00:00.123Z')
        'in the hour that comes twice when Central Europe turns back'  | Instant.parse('2030-10-27T01:30:00.456Z')
    }
}
