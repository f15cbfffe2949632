package dev.portcullis.domain.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which clients to keep by when they last authenticated. Both conditions hold together: a filter that asks
 * for clients never used and for clients used at or before a time keeps none.
 *
 * @param neverUsed       keep only clients that never authenticated
 * @param usedAtOrBefore  keep only clients that last authenticated at or before this instant
 */
public record LastUseFilter(boolean neverUsed, Optional<Instant> usedAtOrBefore) {

    /** Keeps every client. */
    public static final LastUseFilter ANY = new LastUseFilter(false, Optional.empty());

    public LastUseFilter {
        Objects.requireNonNull(usedAtOrBefore, "usedAtOrBefore");
    }

    public boolean isAny() {
        return !neverUsed && usedAtOrBefore.isEmpty();
    }

    /** Whether the client passes. */
    public boolean matches(Client client) {
        Optional<Instant> used = client.lastUsedAt();
        if (neverUsed && used.isPresent()) {
            return false;
        }
        return usedAtOrBefore.map(limit -> used.isPresent() && !used.get().isAfter(limit)).orElse(true);
    }
}
