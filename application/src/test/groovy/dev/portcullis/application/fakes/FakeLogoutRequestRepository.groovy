package dev.portcullis.application.fakes

import dev.portcullis.application.port.LogoutRequestRepository
import dev.portcullis.domain.authorization.LogoutRequest
import dev.portcullis.domain.token.TokenSignature

import java.time.Instant

/** A stateful fake: logout requests by challenge hash behind one lock. */
class FakeLogoutRequestRepository implements LogoutRequestRepository {

    private final Map<TokenSignature, LogoutRequest> requests = [:]

    synchronized boolean add(LogoutRequest request) {
        requests.putIfAbsent(request.challenge(), request) == null
    }

    synchronized Optional<LogoutRequest> findByChallenge(TokenSignature challenge) {
        Optional.ofNullable(requests[challenge])
    }

    synchronized Optional<LogoutRequest> findByVerifier(TokenSignature verifier) {
        Optional.ofNullable(requests.values().find { it.verifier() == Optional.of(verifier) })
    }

    synchronized boolean update(LogoutRequest next) {
        def stored = requests[next.challenge()]
        if (stored == null || stored.version() != next.version() - 1) {
            return false
        }
        requests[next.challenge()] = next
        true
    }

    synchronized int removeExpired(Instant notAfter) {
        def before = requests.size()
        requests.values().removeIf { it.expiresAt().isBefore(notAfter) }
        before - requests.size()
    }
}
