package dev.portcullis.adapters.persistence.memory

import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.RateLimit
import dev.portcullis.application.port.RequestBuckets
import dev.portcullis.application.port.RequestBucketsContractSpec

import java.time.Duration

/** The buckets of memory storage and of H2. */
class InMemoryRequestBucketsSpec extends RequestBucketsContractSpec {

    RequestBuckets emptyBuckets(MutableClock clock) {
        new InMemoryRequestBuckets(clock)
    }

    def "past the most buckets it keeps, a flood of callers frees memory by forgetting buckets, so they fail open"() {
        given:
        def oneAnHour = new RateLimit(1, Duration.ofHours(1))
        buckets.consume('limited', oneAnHour)

        expect:
        buckets.consume('limited', oneAnHour).present

        when: 'more callers than it keeps buckets for, none of whose buckets is full'
        (1..InMemoryRequestBuckets.MOST_BUCKETS).each { buckets.consume("flood-$it".toString(), oneAnHour) }

        then:
        buckets.consume('limited', oneAnHour).empty
    }

    def "full buckets are forgotten first: a caller over its limit stays limited when the others' buckets are full"() {
        given:
        def oneAnHour = new RateLimit(1, Duration.ofHours(1))
        def large = new RateLimit(1000, Duration.ofHours(1))
        buckets.consume('limited', oneAnHour)

        when: "callers whose buckets are as full as new ones an instant later: a large limit, one request taken, refilled"
        (1..<InMemoryRequestBuckets.MOST_BUCKETS).each { buckets.consume("caller-$it".toString(), large) }
        clock.advance(Duration.ofSeconds(4))
        buckets.consume('one-more', large)  // the bucket one past the most

        then:
        buckets.consume('limited', oneAnHour).present
    }
}
