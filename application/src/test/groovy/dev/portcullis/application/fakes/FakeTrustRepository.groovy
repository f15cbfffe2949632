package dev.portcullis.application.fakes

import dev.portcullis.application.port.TrustRepository
import dev.portcullis.domain.trust.TrustId
import dev.portcullis.domain.trust.TrustRelationship

import java.time.Instant

/** A stateful fake: relationships by id behind one lock, one per issuer, subject (or any) and key id. */
class FakeTrustRepository implements TrustRepository {

    private final Map<TrustId, TrustRelationship> relationships = new TreeMap<>({ a, b -> a.value() <=> b.value() })

    synchronized boolean add(TrustRelationship relationship) {
        if (relationships.containsKey(relationship.id()) || relationships.values().any {
            it.issuer() == relationship.issuer() && it.subject() == relationship.subject() && it.keyId() == relationship.keyId()
        }) {
            return false
        }
        relationships[relationship.id()] = relationship
        true
    }

    synchronized Optional<TrustRelationship> find(TrustId id) {
        Optional.ofNullable(relationships[id])
    }

    synchronized List<TrustRelationship> findActive(String issuer, Instant now) {
        relationships.values().findAll { it.issuer() == issuer && it.isActiveAt(now) }
                .sort { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value() <=> b.id().value() }
    }

    synchronized TrustPage list(TrustQuery query) {
        def matching = relationships.values().findAll { relationship ->
            query.issuer().map { it == relationship.issuer() }.orElse(true) &&
                    query.after().map { relationship.id().value() > it.value() }.orElse(true)
        }
        new TrustPage(matching.stream().limit(query.limit()).toList(), matching.size() > query.limit())
    }

    synchronized boolean delete(TrustId id) {
        relationships.remove(id) != null
    }
}
