package dev.portcullis.application.port

import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * What every {@link AssertionRepository} must do. Subclassed by the fake, the memory adapter and the JDBC adapter
 * on H2 and PostgreSQL; each subclass hands out a repository with no assertions in it. Times are whole
 * milliseconds.
 */
abstract class AssertionRepositoryContractSpec extends Specification {

    static final String ISSUER = 'https://issuer.example.com'
    static final Instant NOW = Instant.parse('2030-01-01T00:00:00.123Z')
    static final Instant EXPIRES = NOW + Duration.ofMinutes(5)

    /** A repository holding no used assertions. */
    abstract AssertionRepository emptyRepository()

    AssertionRepository repository

    def setup() {
        repository = emptyRepository()
    }

    def "the first use of an assertion is recorded, and every later one is refused"() {
        expect:
        repository.recordFirstUse(ISSUER, 'jti-1', EXPIRES)
        !repository.recordFirstUse(ISSUER, 'jti-1', EXPIRES)
        !repository.recordFirstUse(ISSUER, 'jti-1', EXPIRES + Duration.ofHours(1))
        !repository.recordFirstUse(ISSUER, 'jti-1', EXPIRES)
    }

    def "an assertion id is one issuer's: the same jti of another issuer, or another jti, is a first use"() {
        given:
        repository.recordFirstUse(ISSUER, 'jti-1', EXPIRES)

        expect:
        repository.recordFirstUse('https://other.example.com', 'jti-1', EXPIRES)
        repository.recordFirstUse(ISSUER, 'jti-2', EXPIRES)
        repository.recordFirstUse(ISSUER + '/', 'jti-1', EXPIRES)
        repository.recordFirstUse(ISSUER, 'JTI-1', EXPIRES)
        !repository.recordFirstUse('https://other.example.com', 'jti-1', EXPIRES)
    }

    def "issuer and jti are kept apart, #description"() {
        expect:
        repository.recordFirstUse(firstIssuer, firstJti, EXPIRES)
        repository.recordFirstUse(secondIssuer, secondJti, EXPIRES)
        !repository.recordFirstUse(firstIssuer, firstJti, EXPIRES)
        !repository.recordFirstUse(secondIssuer, secondJti, EXPIRES)

        where:
        description                                      | firstIssuer             | firstJti        | secondIssuer            | secondJti
        'when they join to the same string'              | 'https://a'             | 'bc'            | 'https://ab'            | 'c'
        'when they join alike around U+0000'             | "https://a\u0000b"      | 'c'             | 'https://a'             | "b\u0000c"
        'when one holds an unpaired surrogate'           | ISSUER                  | 'jti-\ud800'    | ISSUER                  | 'jti-?'
        'when they are longer than an index entry'       | ISSUER + '/' + 'é' * 4096 | '鍵' * 4096   | ISSUER + '/' + 'é' * 4096 | '鍵' * 4095 + 'x'
    }

    def "an assertion stays recorded until it is removed, however long ago it expired"() {
        given:
        repository.recordFirstUse(ISSUER, 'long-expired', NOW - Duration.ofDays(365))

        expect:
        !repository.recordFirstUse(ISSUER, 'long-expired', NOW - Duration.ofDays(365))
        !repository.recordFirstUse(ISSUER, 'long-expired', EXPIRES)
    }

    def "of 200 concurrent first uses of one assertion exactly one is recorded"() {
        given:
        def threads = 200
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def results = (1..threads).collect {
            pool.submit({ start.await(); repository.recordFirstUse(ISSUER, 'contested', EXPIRES) } as Callable<Boolean>)
        }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        !repository.recordFirstUse(ISSUER, 'contested', EXPIRES)

        cleanup:
        pool.shutdownNow()
    }

    def "concurrent first uses of different assertions are all recorded"() {
        given:
        def threads = 50
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def results = (1..threads).collect { n ->
            pool.submit({ start.await(); repository.recordFirstUse(ISSUER, "jti-$n" as String, EXPIRES) } as Callable<Boolean>)
        }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.every { it }
        (1..threads).every { n -> !repository.recordFirstUse(ISSUER, "jti-$n" as String, EXPIRES) }

        cleanup:
        pool.shutdownNow()
    }

    def "removing expired assertions forgets exactly those that expired before the cut-off"() {
        given:
        def cutoff = NOW + Duration.ofDays(1)
        repository.recordFirstUse(ISSUER, 'long-gone', NOW)
        repository.recordFirstUse('https://other.example.com', 'just-gone', cutoff - Duration.ofMillis(1))
        repository.recordFirstUse(ISSUER, 'at-cutoff', cutoff)
        repository.recordFirstUse(ISSUER, 'still-valid', cutoff + Duration.ofMillis(1))

        when:
        def removed = repository.removeExpired(cutoff)

        then:
        removed == 2
        repository.removeExpired(cutoff) == 0
        !repository.recordFirstUse(ISSUER, 'at-cutoff', cutoff)
        !repository.recordFirstUse(ISSUER, 'still-valid', cutoff + Duration.ofMillis(1))
        repository.recordFirstUse(ISSUER, 'long-gone', NOW)
        repository.recordFirstUse('https://other.example.com', 'just-gone', cutoff - Duration.ofMillis(1))
    }

    def "removing from an empty repository removes nothing"() {
        expect:
        repository.removeExpired(NOW) == 0
    }
}
