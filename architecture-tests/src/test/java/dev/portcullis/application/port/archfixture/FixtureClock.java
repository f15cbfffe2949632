package dev.portcullis.application.port.archfixture;

import java.time.Instant;

/** Compliant: the clock port. */
public interface FixtureClock {
    Instant now();
}
