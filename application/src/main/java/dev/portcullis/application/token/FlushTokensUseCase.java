package dev.portcullis.application.token;

import java.time.Instant;
import java.util.Optional;

/** Deletes the records of tokens that can no longer be used. */
public interface FlushTokensUseCase {

    /**
     * Deletes the records of tokens that expired before {@code notAfter}, or before now when it is empty
     * or later than now (a token that is still valid is never flushed).
     *
     * @return how many records were deleted
     */
    int flush(Optional<Instant> notAfter);
}
