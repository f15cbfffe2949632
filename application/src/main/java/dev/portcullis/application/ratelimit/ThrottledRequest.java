package dev.portcullis.application.ratelimit;

import java.util.Objects;

/**
 * A request to count against a throttle.
 *
 * @param throttle what is counted
 * @param caller   who sends it: a {@code client_id}, a bearer token, a username or a remote address; it may be a
 *                 secret, and it is never stored: only its keyed digest names a bucket
 */
public record ThrottledRequest(Throttle throttle, String caller) {

    public ThrottledRequest {
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(caller, "caller");
    }

    /** The caller may be a bearer token. */
    @Override
    public String toString() {
        return "ThrottledRequest[" + throttle + "]";
    }
}
