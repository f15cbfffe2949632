package dev.portcullis.application.fakes

import dev.portcullis.application.port.AssertionRepository

import java.time.Instant

/** A stateful fake: used assertion ids by issuer, behind one lock. */
class FakeAssertionRepository implements AssertionRepository {

    final Map<List<String>, Instant> used = [:]

    synchronized boolean recordFirstUse(String issuer, String jti, Instant expiresAt) {
        used.putIfAbsent([issuer, jti], expiresAt) == null
    }

    synchronized int removeExpired(Instant notAfter) {
        def before = used.size()
        used.values().removeIf { it.isBefore(notAfter) }
        before - used.size()
    }
}
