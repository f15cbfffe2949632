package dev.portcullis.application.ratelimit;

import dev.portcullis.application.port.RateLimit;
import dev.portcullis.application.port.RequestBuckets;
import dev.portcullis.application.port.TokenDigest;

import java.time.Duration;
import java.util.Optional;

/** Looks into the caller's bucket, named by {@link BucketKeys}, and takes nothing. */
public final class CheckRateLimitService implements CheckRateLimitUseCase {

    private final RateLimitSettings settings;
    private final RequestBuckets buckets;
    private final TokenDigest digest;

    public CheckRateLimitService(RateLimitSettings settings, RequestBuckets buckets, TokenDigest digest) {
        this.settings = settings;
        this.buckets = buckets;
        this.digest = digest;
    }

    @Override
    public Admission check(ThrottledRequest request) {
        RateLimit limit = settings.limit(request.throttle());
        if (limit.isOff()) {
            return Admission.ADMITTED;
        }
        Optional<Duration> wait = buckets.waitFor(BucketKeys.of(request, digest), limit);
        return wait.<Admission>map(Admission.Refused::new).orElse(Admission.ADMITTED);
    }
}
