package dev.portcullis.application.fakes

import dev.portcullis.application.port.RateLimit
import dev.portcullis.application.port.RequestBuckets

import java.time.Clock
import java.time.Duration
import java.time.Instant

/**
 * Token buckets in a map, each kept as the time its next request is due (the generic cell rate algorithm, the same
 * behaviour as a bucket refilled smoothly), one per key and limit. Remembers every key it was asked for, so that specs can see what
 * storage would hold.
 */
class FakeRequestBuckets implements RequestBuckets {

    private final Clock clock
    private final Map<String, Instant> due = [:]
    /** The keys taken from, and the keys looked into. */
    final List<String> keys = []
    final List<String> looked = []

    FakeRequestBuckets(Clock clock) {
        this.clock = clock
    }

    synchronized Optional<Duration> consume(String key, RateLimit limit) {
        keys << key
        def wait = wait(key, limit)
        if (wait.empty) {
            def bucket = "$key@$limit".toString()
            due[bucket] = [due.getOrDefault(bucket, clock.instant()), clock.instant()].max() + interval(limit)
        }
        wait
    }

    synchronized Optional<Duration> waitFor(String key, RateLimit limit) {
        looked << key
        wait(key, limit)
    }

    private Optional<Duration> wait(String key, RateLimit limit) {
        def now = clock.instant()
        def next = [due.getOrDefault("$key@$limit".toString(), now), now].max()
        def early = Duration.between(now, next) - (limit.period() - interval(limit))
        early > Duration.ZERO ? Optional.of(early) : Optional.empty()
    }

    private static Duration interval(RateLimit limit) {
        limit.period().dividedBy(limit.requests())
    }
}
