package dev.portcullis.application.fakes

import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.domain.authorization.LoginSession
import dev.portcullis.domain.token.TokenSignature

import java.time.Instant

/** A stateful fake: sessions by id behind one lock. */
class FakeLoginSessionRepository implements LoginSessionRepository {

    private final Map<String, LoginSession> sessions = [:]

    synchronized boolean add(LoginSession session) {
        if (sessions.containsKey(session.id()) || sessions.values().any { it.cookie() == session.cookie() }) {
            return false
        }
        sessions[session.id()] = session
        true
    }

    synchronized Optional<LoginSession> findByCookie(TokenSignature cookie) {
        Optional.ofNullable(sessions.values().find { it.cookie() == cookie })
    }

    synchronized boolean remove(String id) {
        sessions.remove(id) != null
    }

    synchronized int removeSubject(String subject) {
        def before = sessions.size()
        sessions.values().removeIf { it.subject() == subject }
        before - sessions.size()
    }

    synchronized int removeExpired(Instant notAfter) {
        def before = sessions.size()
        sessions.values().removeIf { it.expiresAt().isBefore(notAfter) }
        before - sessions.size()
    }
}
