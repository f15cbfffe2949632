package dev.portcullis.application.authorization;

import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LogoutRequest;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/** What the logout request use cases share: finding a request by its challenge, and storing the answer. */
final class PendingLogouts {

    private final LogoutRequestRepository logouts;
    private final FlowSecrets secrets;
    private final Clock clock;

    PendingLogouts(LogoutRequestRepository logouts, FlowSecrets secrets, Clock clock) {
        this.logouts = logouts;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * @throws OAuthException {@code not_found} for an unknown or expired challenge, {@code request_was_handled_before}
     *         once the request was answered
     */
    LogoutRequest waiting(String challenge) {
        LogoutRequest logout = secrets.hashPresented(challenge).flatMap(logouts::findByChallenge)
                .filter(found -> StoredTime.now(clock).isBefore(found.expiresAt()))
                .orElseThrow(() -> OAuthException.notFound("no pending logout request has this challenge"));
        if (logout.stage() != LogoutRequest.Stage.REQUESTED) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the logout request was answered already");
        }
        return logout;
    }

    /** @throws OAuthException {@code request_was_handled_before} when another answer was stored first */
    void store(LogoutRequest next) {
        if (!logouts.update(next)) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the logout request was answered already");
        }
    }

    /**
     * Stores the logout request that {@code accepting} makes of the waiting one, given the hash of a fresh verifier,
     * and sends the browser back to {@code endpoint} with the verifier.
     */
    Redirection accept(String endpoint, Function<TokenSignature, LogoutRequest> accepting) {
        String verifier = secrets.next();
        store(accepting.apply(secrets.hash(verifier)));
        return new Redirection(Urls.withQuery(endpoint, Map.of("logout_verifier", verifier)));
    }
}
