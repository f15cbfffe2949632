package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Logout requests in a concurrent map by challenge hash, with an index from verifier hash to challenge. Reads
 * take no lock; writes take the repository's lock, so that a write checks the version and the verifier's
 * uniqueness and changes the request and the index as one step. A lookup by verifier returns a request only if
 * the request itself holds that verifier. Lost on restart.
 */
@Singleton
@MemoryStorage
public final class InMemoryLogoutRequestRepository implements LogoutRequestRepository {

    private final ConcurrentMap<String, LogoutRequest> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> challengesByVerifier = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean add(LogoutRequest request) {
        if (requests.containsKey(request.challenge().value()) || verifierTaken(request)) {
            return false;
        }
        indexVerifier(request);
        requests.put(request.challenge().value(), request);
        return true;
    }

    @Override
    public Optional<LogoutRequest> findByChallenge(TokenSignature challenge) {
        return Optional.ofNullable(requests.get(challenge.value()));
    }

    @Override
    public Optional<LogoutRequest> findByVerifier(TokenSignature verifier) {
        String challenge = challengesByVerifier.get(verifier.value());
        if (challenge == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(requests.get(challenge))
                .filter(request -> request.verifier().filter(verifier::equals).isPresent());
    }

    @Override
    public synchronized boolean update(LogoutRequest next) {
        LogoutRequest stored = requests.get(next.challenge().value());
        if (stored == null || stored.version() != next.version() - 1) {
            return false;
        }
        if (verifierTaken(next)) {
            // A unique column refuses the row in the JDBC adapter; a collision of random hashes is a bug, not a race.
            throw new IllegalStateException("another logout request holds the verifier of " + next.challenge());
        }
        indexVerifier(next);
        requests.put(next.challenge().value(), next);
        stored.verifier().filter(old -> !next.verifier().equals(Optional.of(old)))
                .ifPresent(old -> challengesByVerifier.remove(old.value(), stored.challenge().value()));
        return true;
    }

    @Override
    public synchronized int removeExpired(Instant notAfter) {
        int removed = 0;
        for (LogoutRequest request : List.copyOf(requests.values())) {
            if (request.expiresAt().isBefore(notAfter)) {
                requests.remove(request.challenge().value());
                request.verifier().ifPresent(v -> challengesByVerifier.remove(v.value(), request.challenge().value()));
                removed++;
            }
        }
        return removed;
    }

    private boolean verifierTaken(LogoutRequest request) {
        return request.verifier()
                .map(verifier -> challengesByVerifier.get(verifier.value()))
                .filter(holder -> !holder.equals(request.challenge().value()))
                .isPresent();
    }

    private void indexVerifier(LogoutRequest request) {
        request.verifier().ifPresent(verifier -> challengesByVerifier.put(verifier.value(), request.challenge().value()));
    }
}
