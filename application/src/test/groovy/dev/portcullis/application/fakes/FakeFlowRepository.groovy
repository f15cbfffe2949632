package dev.portcullis.application.fakes

import dev.portcullis.application.port.FlowRepository
import dev.portcullis.domain.authorization.AuthorizationFlow
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.token.TokenSignature

import java.time.Instant

/** A stateful fake: flows by id behind one lock, found by their hashes by scanning. */
class FakeFlowRepository implements FlowRepository {

    private final Map<String, AuthorizationFlow> flows = [:]

    synchronized boolean add(AuthorizationFlow flow) {
        if (flows.containsKey(flow.id().value()) || Key.values().any { key -> hash(flow, key) && findBy(key, hash(flow, key)).isPresent() }) {
            return false
        }
        flows[flow.id().value()] = flow
        true
    }

    synchronized Optional<AuthorizationFlow> find(GrantId id) {
        Optional.ofNullable(flows[id.value()])
    }

    synchronized Optional<AuthorizationFlow> findBy(Key key, TokenSignature value) {
        Optional.ofNullable(flows.values().find { hash(it, key) == value })
    }

    synchronized boolean update(AuthorizationFlow next) {
        def stored = flows[next.id().value()]
        if (stored == null || stored.version() != next.version() - 1) {
            return false
        }
        flows[next.id().value()] = next
        true
    }

    synchronized List<AuthorizationFlow> findConsented(String subject, Optional<ClientId> client) {
        flows.values().findAll { flow ->
            flow.stage().isConsented() && flow.subject() == Optional.of(subject) &&
                    client.map { it == flow.request().clientId() }.orElse(true)
        }.sort { a, b -> b.requestedAt() <=> a.requestedAt() ?: b.id().value() <=> a.id().value() }
    }

    synchronized int removeClient(ClientId client) {
        def before = flows.size()
        flows.values().removeIf { it.request().clientId() == client }
        before - flows.size()
    }

    synchronized int removeExpired(Instant notAfter) {
        def before = flows.size()
        flows.values().removeIf { it.expiresAt().isBefore(notAfter) }
        before - flows.size()
    }

    private static TokenSignature hash(AuthorizationFlow flow, Key key) {
        switch (key) {
            case Key.LOGIN_CHALLENGE: return flow.loginChallenge()
            case Key.LOGIN_VERIFIER: return flow.loginVerifier().orElse(null)
            case Key.CONSENT_CHALLENGE: return flow.consentChallenge().orElse(null)
            case Key.CONSENT_VERIFIER: return flow.consentVerifier().orElse(null)
            default: return flow.code().orElse(null)
        }
    }
}
