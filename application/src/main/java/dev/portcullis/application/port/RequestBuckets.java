package dev.portcullis.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets that count requests, one per key. Every server that shares the storage shares the buckets, so a
 * limit holds across all of them (PostgreSQL); an embedded database or memory keeps them in this process.
 */
public interface RequestBuckets {

    /**
     * Takes one token from the bucket {@code key}, creating it full with {@code limit} when there is none. Taking is
     * atomic: of {@code limit.requests()} + 1 concurrent calls on a full bucket, exactly one is refused, whichever
     * server makes them.
     *
     * @param key   names the bucket; no longer than 128 characters, and never a secret (callers pass digests)
     * @param limit the bucket's size and refill period, never {@link RateLimit#isOff() off}
     * @return empty when a token was taken, otherwise how long until the next one is there (positive). Also empty
     *         when the storage cannot answer within a short, bounded wait: a limiter that cannot count lets the
     *         request through rather than hold it up or refuse it
     */
    Optional<Duration> consume(String key, RateLimit limit);

    /**
     * How long until the bucket {@code key} has a token, without taking one: for limits that count only some
     * outcomes (failed sign-ins), checked before the work and taken after it.
     *
     * @return empty when a token could be taken now, a bucket that does not exist yet included, otherwise the wait
     *         (positive); also empty when the storage cannot answer within the bounded wait
     */
    Optional<Duration> waitFor(String key, RateLimit limit);
}
