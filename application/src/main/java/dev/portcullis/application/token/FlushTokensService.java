package dev.portcullis.application.token;

import dev.portcullis.application.port.TokenRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class FlushTokensService implements FlushTokensUseCase {

    private final TokenRepository tokens;
    private final Clock clock;

    public FlushTokensService(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public int flush(Optional<Instant> notAfter) {
        Instant now = clock.instant();
        Instant limit = notAfter.filter(instant -> instant.isBefore(now)).orElse(now);
        return tokens.removeExpired(limit);
    }
}
