package dev.portcullis.application.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** Whether a throttled request may go on. */
public sealed interface Admission {

    /** The request may go on. */
    Admission ADMITTED = new Admitted();

    /** Under the limit, or the limit is off. */
    record Admitted() implements Admission {
    }

    /**
     * Over the limit (RFC 6585 §4).
     *
     * @param retryAfter how long until the caller may send the next request; positive
     */
    record Refused(Duration retryAfter) implements Admission {

        public Refused {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("a refusal says when to retry, later than now");
            }
        }

        /** {@code Retry-After} in whole seconds (RFC 9110 §10.2.3), rounded up so that a retry then succeeds. */
        public long retryAfterSeconds() {
            long seconds = retryAfter.getSeconds();
            return retryAfter.getNano() > 0 ? seconds + 1 : seconds;
        }
    }
}
