package dev.portcullis.application.port;

import dev.portcullis.domain.trust.TrustId;
import dev.portcullis.domain.trust.TrustRelationship;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stores trust relationships. Every method is atomic on its own; implementations never return null. */
public interface TrustRepository {

    /**
     * Stores a new relationship.
     *
     * @return false, writing nothing, when one with the same issuer, subject (or any-subject) and key id exists,
     *         expired or not, or one with the same id
     */
    boolean add(TrustRelationship relationship);

    Optional<TrustRelationship> find(TrustId id);

    /** The relationships of {@code issuer} in force at {@code now}, oldest first. */
    List<TrustRelationship> findActive(String issuer, Instant now);

    /** One page, ordered by id; {@code after} continues from the last id of the previous page. */
    TrustPage list(TrustQuery query);

    /** @return false when there was none with this id */
    boolean delete(TrustId id);

    /** Which relationships to list. */
    record TrustQuery(Optional<String> issuer, Optional<TrustId> after, int limit) {

        public TrustQuery {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(after, "after");
            if (limit < 1) {
                throw new IllegalArgumentException("a page holds at least one relationship");
            }
        }
    }

    /** A page of relationships, and whether more follow. */
    record TrustPage(List<TrustRelationship> relationships, boolean hasMore) {

        public TrustPage {
            relationships = List.copyOf(relationships);
        }
    }
}
