package dev.portcullis.application.token;

import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.LoginSessionRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.application.port.TokenRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

public final class FlushTokensService implements FlushTokensUseCase {

    private final List<ToIntFunction<Instant>> removals;
    private final Clock clock;

    /** Flushes token records only. */
    public FlushTokensService(TokenRepository tokens, Clock clock) {
        this(List.of(tokens::removeExpired), clock);
    }

    /** Flushes token records, and the authorization flows, login sessions and logout requests that expired. */
    public FlushTokensService(TokenRepository tokens, FlowRepository flows, LoginSessionRepository loginSessions,
                              LogoutRequestRepository logoutRequests, Clock clock) {
        this(List.of(tokens::removeExpired, flows::removeExpired, loginSessions::removeExpired,
                logoutRequests::removeExpired), clock);
    }

    /** Flushes all of the above, and the used JWT assertions that expired: their ids cannot be replayed any more. */
    public FlushTokensService(TokenRepository tokens, FlowRepository flows, LoginSessionRepository loginSessions,
                              LogoutRequestRepository logoutRequests, AssertionRepository assertions, Clock clock) {
        this(List.of(tokens::removeExpired, flows::removeExpired, loginSessions::removeExpired,
                logoutRequests::removeExpired, assertions::removeExpired), clock);
    }

    private FlushTokensService(List<ToIntFunction<Instant>> removals, Clock clock) {
        this.removals = removals;
        this.clock = clock;
    }

    @Override
    public int flush(Optional<Instant> notAfter) {
        Instant now = clock.instant();
        Instant limit = notAfter.filter(instant -> instant.isBefore(now)).orElse(now);
        int removed = 0;
        for (ToIntFunction<Instant> removal : removals) {
            removed += removal.applyAsInt(limit);
        }
        return removed;
    }
}
