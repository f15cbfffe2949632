package dev.portcullis.application.port

import dev.portcullis.application.fakes.MutableClock
import spock.lang.Specification

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * What every {@link RequestBuckets} must do. Subclassed by the fake, the memory adapter (which H2 uses too) and
 * the PostgreSQL adapter; each subclass hands out buckets that count time on the given clock, which only the spec
 * moves, and that hold no bucket yet.
 */
abstract class RequestBucketsContractSpec extends Specification {

    static final Instant START = Instant.parse('2030-01-01T00:00:00Z')
    static final RateLimit THREE_PER_MINUTE = new RateLimit(3, Duration.ofMinutes(1))

    /** Buckets reading time from {@code clock}, none of them there yet. */
    abstract RequestBuckets emptyBuckets(MutableClock clock)

    MutableClock clock = new MutableClock(START)
    RequestBuckets buckets

    def setup() {
        buckets = emptyBuckets(clock)
    }

    def "a new bucket lets the limit's requests through, then refuses with the wait for the next"() {
        expect:
        (1..3).every { buckets.consume('key-a', THREE_PER_MINUTE).empty }

        when:
        def wait = buckets.consume('key-a', THREE_PER_MINUTE)

        then: 'one token comes back every 20 seconds'
        wait.present
        wait.get() > Duration.ZERO
        wait.get() <= Duration.ofSeconds(20)
    }

    def "after the wait it named, the next request goes through, and one more is refused again"() {
        given:
        3.times { buckets.consume('key-a', THREE_PER_MINUTE) }
        def wait = buckets.consume('key-a', THREE_PER_MINUTE).get()

        when:
        clock.advance(wait)

        then:
        buckets.consume('key-a', THREE_PER_MINUTE).empty
        buckets.consume('key-a', THREE_PER_MINUTE).present
    }

    def "a refused request takes nothing: refusals do not push the next admission further away"() {
        given:
        3.times { buckets.consume('key-a', THREE_PER_MINUTE) }
        def first = buckets.consume('key-a', THREE_PER_MINUTE).get()
        5.times { buckets.consume('key-a', THREE_PER_MINUTE) }

        expect:
        buckets.consume('key-a', THREE_PER_MINUTE).get() == first
    }

    def "an empty bucket is full again after the whole period"() {
        given:
        3.times { buckets.consume('key-a', THREE_PER_MINUTE) }

        when:
        clock.advance(Duration.ofMinutes(1))

        then:
        (1..3).every { buckets.consume('key-a', THREE_PER_MINUTE).empty }
        buckets.consume('key-a', THREE_PER_MINUTE).present
    }

    def "each key has its own bucket"() {
        given:
        3.times { buckets.consume('key-a', THREE_PER_MINUTE) }

        expect:
        buckets.consume('key-a', THREE_PER_MINUTE).present
        buckets.consume('key-b', THREE_PER_MINUTE).empty
        buckets.consume('KEY-A', THREE_PER_MINUTE).empty
        buckets.consume('key-a ', THREE_PER_MINUTE).empty
    }

    def "a bucket holds as many requests as its limit says: #limit.requests() per #limit.period()"() {
        expect:
        (1..limit.requests()).every { buckets.consume('key-' + limit.requests(), limit).empty }
        buckets.consume('key-' + limit.requests(), limit).present

        where:
        limit << [new RateLimit(1, Duration.ofSeconds(1)), new RateLimit(10, Duration.ofHours(1)), new RateLimit(250, Duration.ofMillis(500))]
    }

    def "a key asked for under another limit counts by that limit, from a full bucket"() {
        given:
        buckets.consume('key-a', new RateLimit(1, Duration.ofMinutes(1)))

        expect:
        buckets.consume('key-a', new RateLimit(1, Duration.ofMinutes(1))).present
        (1..3).every { buckets.consume('key-a', THREE_PER_MINUTE).empty }
        buckets.consume('key-a', THREE_PER_MINUTE).present
    }

    def "looking into a bucket takes nothing"() {
        given:
        2.times { buckets.consume('key-a', THREE_PER_MINUTE) }

        expect:
        buckets.waitFor('key-a', THREE_PER_MINUTE).empty
        buckets.waitFor('key-a', THREE_PER_MINUTE).empty
        buckets.consume('key-a', THREE_PER_MINUTE).empty
    }

    def "looking into an empty bucket names the wait that taking would name"() {
        given:
        3.times { buckets.consume('key-a', THREE_PER_MINUTE) }

        when:
        def looked = buckets.waitFor('key-a', THREE_PER_MINUTE)

        then:
        looked.present
        looked == buckets.consume('key-a', THREE_PER_MINUTE)
    }

    def "a bucket nobody took from has room"() {
        expect:
        buckets.waitFor('never-used', THREE_PER_MINUTE).empty
        buckets.waitFor('never-used', new RateLimit(1, Duration.ofHours(1))).empty
    }

    def "a key of 128 characters names a bucket"() {
        given:
        def key = 'k' * 128

        expect:
        buckets.consume(key, new RateLimit(1, Duration.ofMinutes(1))).empty
        buckets.consume(key, new RateLimit(1, Duration.ofMinutes(1))).present
    }

    def "taking is atomic: of the limit plus one concurrent requests on a full bucket, exactly one is refused"() {
        given:
        def limit = new RateLimit(15, Duration.ofHours(1))
        def pool = Executors.newFixedThreadPool(8)
        def start = new CountDownLatch(1)

        when:
        def results = (1..16).collect { pool.submit({ -> start.await(); buckets.consume('key-race', limit) } as Callable<Optional<Duration>>) }
        start.countDown()
        def refused = results.count { it.get().present }

        then:
        refused == 1

        cleanup:
        pool.shutdownNow()
    }
}
