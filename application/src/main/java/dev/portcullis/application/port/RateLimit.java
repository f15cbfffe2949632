package dev.portcullis.application.port;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code requests} requests per {@code period}, refilled smoothly: a bucket of {@code requests} tokens
 * that gains one every {@code period / requests}. Zero requests is no limit at all.
 *
 * @param requests how many requests a full bucket lets through at once; 0 switches the limit off
 * @param period   the time in which an empty bucket fills up again; positive
 */
public record RateLimit(long requests, Duration period) {

    /** No limit: nothing is counted. */
    public static final RateLimit OFF = new RateLimit(0, Duration.ofSeconds(1));

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (requests < 0) {
            throw new IllegalArgumentException("a rate limit counts zero or more requests");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit's period is positive");
        }
    }

    public boolean isOff() {
        return requests == 0;
    }
}
