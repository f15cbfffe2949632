package dev.portcullis.application.authorization;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, to the millisecond that storage keeps, so that what a use case compares is what it stored. */
final class StoredTime {

    private StoredTime() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
