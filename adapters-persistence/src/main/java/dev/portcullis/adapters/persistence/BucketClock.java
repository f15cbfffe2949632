package dev.portcullis.adapters.persistence;

import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Instant;

/** Bucket4j's time source read from the application's clock, so that specs move time instead of sleeping. */
public final class BucketClock {

    private BucketClock() {
    }

    /** Wall-clock nanoseconds: servers that share buckets must agree on the time, as they do through NTP. */
    public static TimeMeter of(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
