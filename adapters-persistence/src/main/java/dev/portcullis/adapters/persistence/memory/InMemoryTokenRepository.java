package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * Token records in a concurrent map by signature: lock-free reads, and every change of one record an atomic
 * compute. The bulk methods visit each record once, like an SQL statement that sees the records present
 * when it starts. Lost on restart.
 */
@Singleton
@MemoryStorage
public final class InMemoryTokenRepository implements TokenRepository {

    private final ConcurrentMap<String, TokenRecord> tokens = new ConcurrentHashMap<>();

    @Override
    public boolean add(TokenRecord token) {
        return tokens.putIfAbsent(token.signature().value(), token) == null;
    }

    @Override
    public Optional<TokenRecord> find(TokenSignature signature) {
        return Optional.ofNullable(tokens.get(signature.value()));
    }

    @Override
    public boolean revoke(TokenSignature signature) {
        return revokeIf(signature.value(), token -> true);
    }

    @Override
    public List<TokenSignature> findDerived(TokenSignature parent) {
        Optional<TokenSignature> derivedFrom = Optional.of(parent);
        return tokens.values().stream()
                .filter(token -> token.derivedFrom().equals(derivedFrom))
                .map(TokenRecord::signature)
                .toList();
    }

    @Override
    public int revokeGrant(GrantId grantId) {
        int revoked = 0;
        for (String signature : tokens.keySet()) {
            if (revokeIf(signature, token -> token.grantId().equals(grantId))) {
                revoked++;
            }
        }
        return revoked;
    }

    @Override
    public int removeClient(ClientId clientId) {
        return removeWhere(token -> token.clientId().equals(clientId));
    }

    @Override
    public int removeExpired(Instant notAfter) {
        return removeWhere(token -> token.expiresAt().isBefore(notAfter));
    }

    /** Revokes the record if it exists, is not revoked yet and matches; true when this call changed it. */
    private boolean revokeIf(String signature, Predicate<TokenRecord> matches) {
        boolean[] changed = new boolean[1];
        tokens.computeIfPresent(signature, (key, stored) -> {
            if (stored.revoked() || !matches.test(stored)) {
                return stored;
            }
            changed[0] = true;
            return stored.revoke();
        });
        return changed[0];
    }

    private int removeWhere(Predicate<TokenRecord> matches) {
        int[] removed = new int[1];
        for (String signature : tokens.keySet()) {
            tokens.computeIfPresent(signature, (key, stored) -> {
                if (!matches.test(stored)) {
                    return stored;
                }
                removed[0]++;
                return null;
            });
        }
        return removed[0];
    }
}
