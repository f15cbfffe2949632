package dev.portcullis.application.fakes

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock that stands still until a spec moves it on, so that time passes without sleeping. */
class MutableClock extends Clock {

    private Instant now

    MutableClock(Instant start) {
        now = start
    }

    synchronized void advance(Duration duration) {
        now = now + duration
    }

    synchronized Instant instant() {
        now
    }

    ZoneId getZone() {
        ZoneOffset.UTC
    }

    Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException('specs use UTC only')
    }
}
