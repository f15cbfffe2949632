package dev.portcullis.application.archfixture;

import dev.portcullis.application.port.archfixture.FixtureClock;
import java.time.Instant;

/** Compliant: takes the time from a port, through a method that happens to be called now(). */
public class ApplicationUsingTheClockPort {
    private final FixtureClock clock;

    public ApplicationUsingTheClockPort(FixtureClock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.now();
    }
}
