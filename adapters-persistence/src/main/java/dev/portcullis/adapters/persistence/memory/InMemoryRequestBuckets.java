package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.BucketClock;
import dev.portcullis.application.port.RateLimit;
import dev.portcullis.application.port.RequestBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucket;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket4j's lock-free buckets in this process: the memory adapter's, and the embedded H2 database's, whose server
 * is the only one. The map is bounded: past {@link #MOST_BUCKETS} buckets, the full ones are dropped (a full
 * bucket is what a new one would be), and when that does not free enough, all of them are, so that a flood of
 * made-up callers costs memory for a moment, never without end.
 */
final class InMemoryRequestBuckets implements RequestBuckets {

    static final int MOST_BUCKETS = 100_000;

    private record Entry(RateLimit limit, LocalBucket bucket) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    InMemoryRequestBuckets(Clock clock) {
        this.time = BucketClock.of(clock);
    }

    @Override
    public Optional<Duration> consume(String key, RateLimit limit) {
        Entry entry = buckets.get(key);
        if (entry == null || !entry.limit().equals(limit)) {
            entry = buckets.compute(key, (k, old) -> old != null && old.limit().equals(limit) ? old : newEntry(limit));
            if (buckets.size() > MOST_BUCKETS) {
                evict();
            }
        }
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    @Override
    public Optional<Duration> waitFor(String key, RateLimit limit) {
        Entry entry = buckets.get(key);
        if (entry == null || !entry.limit().equals(limit)) {
            return Optional.empty();
        }
        EstimationProbe probe = entry.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    private Entry newEntry(RateLimit limit) {
        LocalBucket bucket = Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
        return new Entry(limit, bucket);
    }

    private synchronized void evict() {
        if (buckets.size() <= MOST_BUCKETS) {
            return;
        }
        buckets.values().removeIf(entry -> entry.bucket().getAvailableTokens() >= entry.limit().requests());
        if (buckets.size() > MOST_BUCKETS * 3 / 4) {
            buckets.clear();
        }
    }
}
