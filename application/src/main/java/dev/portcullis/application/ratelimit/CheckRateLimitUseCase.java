package dev.portcullis.application.ratelimit;

/**
 * Whether a caller is over its throttle's limit, without counting anything: for limits that count only some
 * outcomes (failed sign-ins), checked here before the work and counted through {@link AdmitRequestUseCase} after it.
 */
public interface CheckRateLimitUseCase {

    /**
     * @return {@link Admission#ADMITTED} when the caller's bucket has room (or the limit is off, or storage cannot
     *         tell within a short wait), otherwise {@link Admission.Refused} with the time until it has
     */
    Admission check(ThrottledRequest request);
}
