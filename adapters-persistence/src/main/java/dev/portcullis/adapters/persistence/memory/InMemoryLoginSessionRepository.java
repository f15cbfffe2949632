package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Login sessions in a concurrent map by id, with an index from cookie hash to id. Reads take no lock; writes
 * take the repository's lock, so that the id and the cookie are claimed together. A lookup by cookie returns a
 * session only if the session itself holds that cookie. Lost on restart.
 */
@Singleton
@MemoryStorage
public final class InMemoryLoginSessionRepository implements LoginSessionRepository {

    private final ConcurrentMap<String, LoginSession> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> idsByCookie = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean add(LoginSession session) {
        if (sessions.containsKey(session.id()) || idsByCookie.containsKey(session.cookie().value())) {
            return false;
        }
        idsByCookie.put(session.cookie().value(), session.id());
        sessions.put(session.id(), session);
        return true;
    }

    @Override
    public Optional<LoginSession> findByCookie(TokenSignature cookie) {
        String id = idsByCookie.get(cookie.value());
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(sessions.get(id)).filter(session -> session.cookie().equals(cookie));
    }

    @Override
    public synchronized boolean remove(String id) {
        LoginSession removed = sessions.remove(id);
        if (removed == null) {
            return false;
        }
        idsByCookie.remove(removed.cookie().value(), id);
        return true;
    }

    @Override
    public synchronized int removeSubject(String subject) {
        return removeWhere(session -> session.subject().equals(subject));
    }

    @Override
    public synchronized int removeExpired(Instant notAfter) {
        return removeWhere(session -> session.expiresAt().isBefore(notAfter));
    }

    private int removeWhere(Predicate<LoginSession> matches) {
        int removed = 0;
        for (LoginSession session : List.copyOf(sessions.values())) {
            if (matches.test(session) && remove(session.id())) {
                removed++;
            }
        }
        return removed;
    }
}
