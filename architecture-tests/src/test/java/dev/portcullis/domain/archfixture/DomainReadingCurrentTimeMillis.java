package dev.portcullis.domain.archfixture;

/** Reads the system clock in the core instead of asking the clock port. */
public class DomainReadingCurrentTimeMillis {
    long now() {
        return System.currentTimeMillis();
    }
}
