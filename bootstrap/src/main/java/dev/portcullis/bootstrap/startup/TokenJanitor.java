package dev.portcullis.bootstrap.startup;

import dev.portcullis.application.token.FlushTokensUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Deletes the records of expired tokens every {@code portcullis.tokens.flush-interval}. */
@Singleton
final class TokenJanitor {

    private static final Logger LOG = LoggerFactory.getLogger(TokenJanitor.class);

    private final FlushTokensUseCase flush;

    TokenJanitor(FlushTokensUseCase flush) {
        this.flush = flush;
    }

    @Scheduled(fixedDelay = "${portcullis.tokens.flush-interval:1h}", initialDelay = "${portcullis.tokens.flush-interval:1h}")
    void flushExpired() {
        int removed = flush.flush(Optional.empty());
        if (removed > 0) {
            LOG.info("Flushed {} expired token record(s)", removed);
        }
    }
}
