package dev.portcullis.application.port

import dev.portcullis.domain.key.KeyId
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningKey
import spock.lang.Specification

import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static dev.portcullis.domain.key.SigningAlgorithm.ES256
import static dev.portcullis.domain.key.SigningAlgorithm.RS256

/**
 * What every {@link KeyRepository} must do. Subclassed by the fake, the memory adapter and the JDBC adapter
 * on H2 and PostgreSQL; each subclass hands out a repository with no keys in it. Times are whole
 * milliseconds: that is the precision the port keeps.
 */
abstract class KeyRepositoryContractSpec extends Specification {

    /** A repository holding no keys. */
    abstract KeyRepository emptyRepository()

    KeyRepository repository
    def now = Instant.parse('2030-01-01T00:00:00Z')
    def accessTokens = KeySetName.ACCESS_TOKEN
    def partner = new KeySetName('partner-keys')

    def setup() {
        repository = emptyRepository()
    }

    /** An RS256 key of the access-token set created now, unless {@code fields} say otherwise. */
    SigningKey key(Map fields = [:], String kid) {
        new SigningKey(fields.getOrDefault('set', accessTokens), new KeyId(kid), RS256, fields.getOrDefault('createdAt', now),
                [kty: 'RSA', kid: kid, alg: 'RS256', use: 'sig', n: "modulus-of-$kid".toString(), e: 'AQAB'],
                fields.getOrDefault('sealedPrivate', "sealed-$kid".toString()))
    }

    def "a key that was added is found with every field as it was, #algorithm"() {
        given:
        def original = new SigningKey(partner, new KeyId(kid), algorithm, now.plusMillis(7), jwk, sealed)

        when:
        def added = repository.add(original)

        then:
        added
        def found = repository.findSet(partner)
        found == [original]
        found[0].publicJwk() == jwk
        found[0].sealedPrivate() == sealed

        where:
        algorithm | kid           | jwk                                                                                                                            | sealed
        RS256     | 'rsa-2030.01' | [kty: 'RSA', kid: 'rsa-2030.01', alg: 'RS256', use: 'sig', n: 'n' * 683, e: 'AQAB', 'x5t#S256': 'thumb-print']                 | 'v1.' + 'A' * 3200 + '.tag'
        ES256     | 'ec_2030-01'  | [kty: 'EC', kid: 'ec_2030-01', alg: 'ES256', use: 'sig', crv: 'P-256', x: 'x' * 43, y: 'y' * 43, note: 'a "quoted", spaced ü'] | 'v1.' + 'B' * 200 + '.tag'
    }

    def "a set lists its keys newest first: later creation first, then the larger kid"() {
        given:
        def kids = ['old': now, 'newest': now.plusMillis(2)]
        ['b-middle', 'a_middle', 'a.middle', 'a-middle', 'B-middle', '9-middle'].each { kids[it] = now.plusMillis(1) }
        kids.keySet().toList().reverse().each { repository.add(key(it, createdAt: kids[it])) }

        when:
        def listed = repository.findSet(accessTokens)

        then: 'kids compare character by character, as Java compares strings'
        listed*.kid()*.value() == ['newest', 'b-middle', 'a_middle', 'a.middle', 'a-middle', 'B-middle', '9-middle', 'old']
        listed.collate(2, 1, false).every { newer, older -> newer.isNewerThan(older) }
    }

    def "a set with no keys lists nothing, even when other sets have keys"() {
        given:
        repository.add(key('elsewhere', set: partner))

        expect:
        repository.findSet(accessTokens) == []
    }

    def "adding a kid the set already holds is refused and the first key stays"() {
        given:
        def first = key('taken', sealedPrivate: 'sealed-first')
        repository.add(first)

        when:
        def added = repository.add(key('taken', sealedPrivate: 'sealed-second', createdAt: now.plusSeconds(1)))

        then:
        !added
        repository.findSet(accessTokens) == [first]
    }

    def "one kid may be used in two sets"() {
        given:
        def inAccessTokens = key('shared-kid')
        def inPartner = key('shared-kid', set: partner)

        expect:
        repository.add(inAccessTokens)
        repository.add(inPartner)
        repository.findSet(accessTokens) == [inAccessTokens]
        repository.findSet(partner) == [inPartner]
    }

    def "of many concurrent adds of one kid to one set exactly one succeeds"() {
        given:
        def threads = 8
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def results = (1..threads).collect { n ->
            pool.submit({ start.await(); repository.add(key('contested', sealedPrivate: "sealed by racer $n")) } as Callable<Boolean>)
        }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.findSet(accessTokens).size() == 1

        cleanup:
        pool.shutdownNow()
    }

    def "a removed key is gone from its set only, and removing it again reports that nothing was there"() {
        given:
        repository.add(key('retiring'))
        repository.add(key('staying', createdAt: now.plusSeconds(1)))
        def namesake = key('retiring', set: partner)
        repository.add(namesake)

        expect:
        repository.remove(accessTokens, new KeyId('retiring'))
        repository.findSet(accessTokens)*.kid()*.value() == ['staying']
        repository.findSet(partner) == [namesake]
        !repository.remove(accessTokens, new KeyId('retiring'))
    }

    def "creation times keep millisecond precision, #moment"() {
        given:
        def original = key('precise', createdAt: createdAt)

        when:
        repository.add(original)

        then:
        repository.findSet(accessTokens)[0].createdAt() == createdAt

        where:
        moment                                                        | createdAt
        'on an ordinary day'                                          | Instant.parse('2030-01-01T00:00:00.123Z')
        'in the hour that comes twice when Central Europe turns back' | Instant.parse('2030-10-27T01:30:00.456Z')
    }
}
