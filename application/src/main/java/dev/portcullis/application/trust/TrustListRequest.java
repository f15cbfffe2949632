package dev.portcullis.application.trust;

import java.util.Objects;
import java.util.Optional;

/** Which page of trust relationships to list. */
public record TrustListRequest(Optional<String> issuer, Optional<Integer> pageSize, Optional<String> pageToken) {

    public TrustListRequest {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(pageToken, "pageToken");
    }
}
