package dev.portcullis.application.ratelimit;

import dev.portcullis.application.port.RateLimit;
import dev.portcullis.application.port.RequestBuckets;
import dev.portcullis.application.port.TokenDigest;

import java.time.Duration;
import java.util.Optional;

/** Counts the request in its caller's bucket, named by {@link BucketKeys}. */
public final class AdmitRequestService implements AdmitRequestUseCase {

    private final RateLimitSettings settings;
    private final RequestBuckets buckets;
    private final TokenDigest digest;

    public AdmitRequestService(RateLimitSettings settings, RequestBuckets buckets, TokenDigest digest) {
        this.settings = settings;
        this.buckets = buckets;
        this.digest = digest;
    }

    @Override
    public Admission admit(ThrottledRequest request) {
        RateLimit limit = settings.limit(request.throttle());
        if (limit.isOff()) {
            return Admission.ADMITTED;
        }
        Optional<Duration> wait = buckets.consume(BucketKeys.of(request, digest), limit);
        return wait.<Admission>map(Admission.Refused::new).orElse(Admission.ADMITTED);
    }
}
