package dev.portcullis.application.ratelimit;

/** Counts a request against its throttle's rate limit, before the work the limit protects is done. */
public interface AdmitRequestUseCase {

    /**
     * Takes one request from the caller's bucket. When the throttle's limit is off, admits at once and counts
     * nothing. When storage cannot count within a short wait, admits (fails open) rather than hold the request up.
     *
     * @return {@link Admission#ADMITTED}, or {@link Admission.Refused} with the time until the next request may go
     */
    Admission admit(ThrottledRequest request);
}
