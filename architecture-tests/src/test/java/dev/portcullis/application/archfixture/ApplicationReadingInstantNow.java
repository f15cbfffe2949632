package dev.portcullis.application.archfixture;

import java.time.Instant;

/** Reads the system clock in the core instead of asking the clock port. */
public class ApplicationReadingInstantNow {
    Instant now() {
        return Instant.now();
    }
}
