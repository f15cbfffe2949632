package dev.portcullis.application.fakes

import dev.portcullis.application.port.TokenRepository
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.token.TokenRecord
import dev.portcullis.domain.token.TokenSignature

import java.time.Instant

/** A stateful fake: records by signature behind one lock. */
class FakeTokenRepository implements TokenRepository {

    private final Map<String, TokenRecord> tokens = [:]

    synchronized boolean add(TokenRecord token) {
        tokens.putIfAbsent(token.signature().value(), token) == null
    }

    synchronized Optional<TokenRecord> find(TokenSignature signature) {
        Optional.ofNullable(tokens[signature.value()])
    }

    synchronized boolean revoke(TokenSignature signature) {
        def stored = tokens[signature.value()]
        if (stored == null || stored.revoked()) {
            return false
        }
        tokens[signature.value()] = stored.revoke()
        true
    }

    synchronized List<TokenSignature> findDerived(TokenSignature parent) {
        tokens.values().findAll { it.derivedFrom() == Optional.of(parent) }*.signature()
    }

    synchronized int revokeGrant(GrantId grantId) {
        def revoking = tokens.values().findAll { it.grantId() == grantId && !it.revoked() }
        revoking.each { tokens[it.signature().value()] = it.revoke() }
        revoking.size()
    }

    synchronized int removeClient(ClientId clientId) {
        removeWhere { it.clientId() == clientId }
    }

    synchronized int removeExpired(Instant notAfter) {
        removeWhere { it.expiresAt().isBefore(notAfter) }
    }

    private int removeWhere(Closure<Boolean> matches) {
        def before = tokens.size()
        tokens.values().removeIf(matches)
        before - tokens.size()
    }
}
