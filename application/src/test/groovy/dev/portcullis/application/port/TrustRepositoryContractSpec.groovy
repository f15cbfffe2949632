package dev.portcullis.application.port

import dev.portcullis.application.port.TrustRepository.TrustQuery
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.trust.TrustRelationship
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static dev.portcullis.application.port.Trusts.ISSUER
import static dev.portcullis.application.port.Trusts.NOW
import static dev.portcullis.application.port.Trusts.id
import static dev.portcullis.application.port.Trusts.relationship

/**
 * What every {@link TrustRepository} must do. Subclassed by the fake, the memory adapter and the JDBC adapter on H2
 * and PostgreSQL; each subclass hands out a repository with no relationships in it. Times are whole milliseconds.
 */
abstract class TrustRepositoryContractSpec extends Specification {

    /** A repository holding no trust relationships. */
    abstract TrustRepository emptyRepository()

    TrustRepository repository

    def setup() {
        repository = emptyRepository()
    }

    static TrustQuery all(int limit, Integer after = null) {
        new TrustQuery(Optional.empty(), Optional.ofNullable(after).map { id(it) }, limit)
    }

    static TrustQuery ofIssuer(String issuer, int limit, Integer after = null) {
        new TrustQuery(Optional.of(issuer), Optional.ofNullable(after).map { id(it) }, limit)
    }

    /** The numbers of the ids of {@code relationships}, in their order. */
    static List<Integer> numbers(List<TrustRelationship> relationships) {
        relationships.collect { Integer.parseInt(it.id().value().substring(24)) }
    }

    def "a relationship that was added is found with every field as it was, #description"() {
        when:
        def added = repository.add(original)

        then:
        added
        repository.find(original.id()).get() == original

        where:
        description                                         | original
        'for one subject'                                   | relationship(1)
        'for any subject'                                   | relationship(2, subject: null)
        'with no scope'                                     | relationship(3, scope: [])
        'with scopes in an order that is not sorted'        | relationship(4, scope: ['write:all', 'openid', 'b', 'a'])
        'with a key of numbers, lists, booleans and nulls'  | relationship(5, publicKey: new JsonDocument([
                kty: 'RSA', kid: 'key-1', n: 'sXch', e: 'AQAB', key_ops: ['verify'], ext: true, x5c: [], none: null,
                size: 2048, ratio: 2.5, nested: [a: [1, 2], b: 'ü "quoted" \\ \u0000']]))
        'with issuer, subject and key id longer than an index entry, not ASCII' | relationship(6,
                issuer: 'https://issuer.example.com/' + '€' * 1024, subject: 'ü' * 1024, keyId: '鍵' * 2048)
        'created and expiring in the hour that comes twice' | relationship(7,
                createdAt: Instant.parse('2030-10-27T00:30:00.456Z'), expiresAt: Instant.parse('2030-10-27T01:30:00.789Z'))
    }

    def "finding an unknown id gives nothing"() {
        given:
        repository.add(relationship(1))

        expect:
        repository.find(id(2)).isEmpty()
    }

    def "adding a relationship whose id is taken is refused and writes nothing"() {
        given:
        def first = relationship(1)
        repository.add(first)
        def second = relationship(1, issuer: 'https://other.example.com', subject: 'bob', keyId: 'key-2')

        when:
        def added = repository.add(second)

        then:
        !added
        repository.find(id(1)).get() == first
        repository.findActive('https://other.example.com', NOW).isEmpty()
        repository.list(all(10)).relationships() == [first]
    }

    def "adding a relationship whose issuer, subject and key id are taken is refused and writes nothing, #description"() {
        given:
        repository.add(first)

        when:
        def added = repository.add(second)

        then:
        !added
        repository.find(second.id()).isEmpty()
        repository.find(first.id()).get() == first
        repository.list(all(10)).relationships() == [first]

        where:
        description                          | first                                             | second
        'for one subject'                    | relationship(1)                                   | relationship(2, scope: ['other'])
        'for any subject'                    | relationship(1, subject: null)                    | relationship(2, subject: null, scope: ['other'])
        'when the first one expired'         | relationship(1, expiresAt: NOW + Duration.ofMillis(1)) | relationship(2, createdAt: NOW + Duration.ofDays(2))
        'with a different key of that kid'   | relationship(1)                                   | relationship(2, publicKey: new JsonDocument([kty: 'EC', kid: 'key-1', x: 'other']))
    }

    def "relationships that differ in issuer, subject or key id are all kept, #description"() {
        when:
        def added = [repository.add(first), repository.add(second)]

        then:
        added == [true, true]
        repository.find(first.id()).get() == first
        repository.find(second.id()).get() == second

        where:
        description                                  | first                                            | second
        'one subject and any subject'                | relationship(1)                                  | relationship(2, subject: null)
        'two subjects'                               | relationship(1)                                  | relationship(2, subject: 'bob')
        'subjects that differ in case only'          | relationship(1)                                  | relationship(2, subject: 'Alice')
        'two key ids'                                | relationship(1, subject: null)                   | relationship(2, subject: null, keyId: 'key-2')
        'two issuers'                                | relationship(1, subject: null)                   | relationship(2, subject: null, issuer: ISSUER + '/')
        'issuer and subject that join alike'         | relationship(1, issuer: 'https://a', subject: 'bc') | relationship(2, issuer: 'https://ab', subject: 'c')
        'subject and key id that join alike'         | relationship(1, subject: 'ab', keyId: 'c')       | relationship(2, subject: 'a', keyId: 'bc')
    }

    def "of many concurrent adds of one issuer, subject and key id exactly one succeeds, #description"() {
        given:
        def threads = 50
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)
        def racers = (1..threads).collect { n -> relationship(n, subject: subject, scope: ["racer-$n" as String]) }

        when:
        def results = racers.collect { racer -> pool.submit({ start.await(); repository.add(racer) } as Callable<Boolean>) }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.list(all(100)).relationships() == [racers[outcomes.indexOf(true)]]

        cleanup:
        pool.shutdownNow()

        where:
        description       | subject
        'for one subject' | 'alice'
        'for any subject' | null
    }

    def "of many concurrent adds with one id exactly one succeeds"() {
        given:
        def threads = 50
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)
        def racers = (1..threads).collect { n -> relationship(7, subject: "racer-$n" as String) }

        when:
        def results = racers.collect { racer -> pool.submit({ start.await(); repository.add(racer) } as Callable<Boolean>) }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.find(id(7)).get() == racers[outcomes.indexOf(true)]
        repository.list(all(100)).relationships().size() == 1

        cleanup:
        pool.shutdownNow()
    }

    def "the active relationships of an issuer are those in force at now, oldest first and then by id"() {
        given:
        def earlier = NOW - Duration.ofDays(3)
        def later = NOW + Duration.ofDays(1)
        // Added in an order that is neither their creation order nor their id order.
        [relationship(3, keyId: 'newest', createdAt: NOW - Duration.ofDays(1), expiresAt: later),
         relationship(5, keyId: 'same-time-higher-id', subject: null, createdAt: earlier + Duration.ofHours(1), expiresAt: later),
         relationship(6, keyId: 'oldest', createdAt: earlier, expiresAt: NOW + Duration.ofMillis(1)),
         relationship(0, keyId: 'another-issuer', issuer: 'https://other.example.com', createdAt: earlier, expiresAt: later),
         relationship(4, keyId: 'same-time-lower-id', createdAt: earlier + Duration.ofHours(1), expiresAt: later),
         relationship(2, keyId: 'expires-now', createdAt: earlier, expiresAt: NOW),
         relationship(1, keyId: 'expired', createdAt: earlier, expiresAt: NOW - Duration.ofMillis(1))]
                .each { assert repository.add(it) }

        expect:
        numbers(repository.findActive(ISSUER, NOW)) == [6, 4, 5, 3]
        numbers(repository.findActive(ISSUER, NOW - Duration.ofMillis(1))) == [2, 6, 4, 5, 3]
        numbers(repository.findActive(ISSUER, NOW + Duration.ofDays(3))) == []
        numbers(repository.findActive('https://other.example.com', NOW)) == [0]
    }

    def "an issuer is matched exactly: #description finds nothing"() {
        given:
        repository.add(relationship(1, subject: null))

        expect:
        repository.findActive(issuer, NOW).isEmpty()
        repository.list(ofIssuer(issuer, 10)) == new TrustRepository.TrustPage([], false)

        where:
        description                    | issuer
        'a trailing slash'             | ISSUER + '/'
        'another case'                 | ISSUER.toUpperCase()
        'a prefix'                     | 'https://issuer.example'
        'an issuer holding U+0000'     | ISSUER + '\u0000'
        'an unpaired surrogate'        | ISSUER + '\ud800'
        'an issuer of 10,000 characters' | 'https://' + 'é' * 10_000
    }

    def "listing pages through all relationships in id order, expired ones too"() {
        given:
        [3, 1, 5, 2, 4].each { n ->
            assert repository.add(relationship(n, keyId: "key-$n" as String,
                    expiresAt: n == 2 ? NOW + Duration.ofMillis(1) : NOW + Duration.ofDays(1)))
        }

        when:
        def first = repository.list(all(2))
        def second = repository.list(all(2, 2))
        def last = repository.list(all(2, 4))

        then:
        numbers(first.relationships()) == [1, 2]
        first.hasMore()
        numbers(second.relationships()) == [3, 4]
        second.hasMore()
        numbers(last.relationships()) == [5]
        !last.hasMore()
        first.relationships()[1] == relationship(2, keyId: 'key-2', expiresAt: NOW + Duration.ofMillis(1))
    }

    def "a page that ends with the last relationship says no more follow"() {
        given:
        (1..4).each { n -> repository.add(relationship(n, keyId: "key-$n" as String)) }

        expect:
        numbers(repository.list(all(2, 2)).relationships()) == [3, 4]
        !repository.list(all(2, 2)).hasMore()
        numbers(repository.list(all(4)).relationships()) == [1, 2, 3, 4]
        !repository.list(all(4)).hasMore()
        repository.list(all(3)).hasMore()
        numbers(repository.list(all(100)).relationships()) == [1, 2, 3, 4]
        repository.list(all(1, 4)) == new TrustRepository.TrustPage([], false)
    }

    def "a page continues after an id that is gone, and lists nothing when none are stored"() {
        given:
        def empty = repository.list(all(10))
        [1, 2, 4, 5].each { n -> repository.add(relationship(n, keyId: "key-$n" as String)) }

        expect:
        empty == new TrustRepository.TrustPage([], false)
        numbers(repository.list(all(10, 3)).relationships()) == [4, 5]
        numbers(repository.list(all(1, 0)).relationships()) == [1]
        repository.list(all(1, 0)).hasMore()
        numbers(repository.list(all(Integer.MAX_VALUE)).relationships()) == [1, 2, 4, 5]
    }

    def "listing filters by exact issuer, and pages within it"() {
        given:
        [1, 3, 5, 6].each { n -> repository.add(relationship(n, keyId: "key-$n" as String)) }
        [2, 4].each { n -> repository.add(relationship(n, keyId: "key-$n" as String, issuer: ISSUER + '/')) }

        when:
        def first = repository.list(ofIssuer(ISSUER, 2))
        def second = repository.list(ofIssuer(ISSUER, 2, 3))
        def other = repository.list(ofIssuer(ISSUER + '/', 1, 2))

        then:
        numbers(first.relationships()) == [1, 3]
        first.hasMore()
        numbers(second.relationships()) == [5, 6]
        !second.hasMore()
        numbers(other.relationships()) == [4]
        !other.hasMore()
    }

    def "a deleted relationship is gone everywhere, and deleting it again reports that nothing was there"() {
        given:
        def staying = relationship(1, keyId: 'staying')
        def leaving = relationship(2, keyId: 'leaving')
        [staying, leaving].each { repository.add(it) }

        when:
        def deleted = repository.delete(id(2))

        then:
        deleted
        repository.find(id(2)).isEmpty()
        repository.findActive(ISSUER, NOW) == [staying]
        repository.list(all(10)).relationships() == [staying]
        !repository.delete(id(2))
        !repository.delete(id(3))
        repository.find(id(1)).get() == staying
    }

    def "once deleted, a relationship's id and its issuer, subject and key id can be added again, #description"() {
        given:
        def original = relationship(1, subject: subject)
        repository.add(original)
        repository.delete(id(1))

        expect:
        repository.add(relationship(2, subject: subject))
        repository.add(relationship(1, subject: subject, keyId: 'key-2'))
        numbers(repository.findActive(ISSUER, NOW)) == [1, 2]

        where:
        description       | subject
        'for one subject' | 'alice'
        'for any subject' | null
    }
}
