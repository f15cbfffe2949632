package dev.portcullis.application.trust;

import dev.portcullis.domain.trust.TrustRelationship;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of trust relationships, and the token of the next when there is one. */
public record TrustList(List<TrustRelationship> relationships, Optional<String> nextPageToken, int pageSize) {

    public TrustList {
        relationships = List.copyOf(relationships);
        Objects.requireNonNull(nextPageToken, "nextPageToken");
    }
}
