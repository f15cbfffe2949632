package dev.portcullis.application.ratelimit;

import dev.portcullis.application.port.RateLimit;
import dev.portcullis.application.port.RequestBuckets;
import dev.portcullis.application.port.TokenDigest;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Counts requests in, or only looks into, their caller's bucket, named by {@link BucketKeys}. A throttle that is
 * off is never asked about.
 */
public final class RateLimitService implements AdmitRequestUseCase, CheckRateLimitUseCase {

    private final RateLimitSettings settings;
    private final RequestBuckets buckets;
    private final TokenDigest digest;

    public RateLimitService(RateLimitSettings settings, RequestBuckets buckets, TokenDigest digest) {
        this.settings = settings;
        this.buckets = buckets;
        this.digest = digest;
    }

    @Override
    public Admission admit(ThrottledRequest request) {
        return decide(request, buckets::consume);
    }

    @Override
    public Admission check(ThrottledRequest request) {
        return decide(request, buckets::waitFor);
    }

    /** {@code ask} gives the wait until the bucket has room, or nothing when it has room now. */
    private Admission decide(ThrottledRequest request, BiFunction<String, RateLimit, Optional<Duration>> ask) {
        RateLimit limit = settings.limit(request.throttle());
        if (limit.isOff()) {
            return Admission.ADMITTED;
        }
        Optional<Duration> wait = ask.apply(BucketKeys.of(request, digest), limit);
        return wait.<Admission>map(Admission.Refused::new).orElse(Admission.ADMITTED);
    }
}
