package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.util.Map;

/** What the login and consent request use cases share: finding a request by its challenge, and storing the answer. */
final class PendingRequests {

    private final FlowRepository flows;
    private final FlowSecrets secrets;
    private final Clock clock;

    PendingRequests(FlowRepository flows, FlowSecrets secrets, Clock clock) {
        this.flows = flows;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * The flow waiting at {@code stage} for the answer to {@code challenge}.
     *
     * @throws OAuthException {@code not_found} for an unknown or expired challenge, {@code request_was_handled_before}
     *         once the request was answered
     */
    AuthorizationFlow waiting(FlowRepository.Key key, String challenge, FlowStage stage) {
        AuthorizationFlow flow = secrets.hashPresented(challenge).flatMap(h -> flows.findBy(key, h))
                .filter(found -> StoredTime.now(clock).isBefore(found.expiresAt()))
                .orElseThrow(() -> OAuthException.notFound("no pending request has this challenge"));
        if (flow.stage() != stage) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
        return flow;
    }

    /** Stores the answered flow with a fresh verifier for the browser to bring back to {@code endpoint}. */
    Redirection answer(AuthorizationFlow answered, String endpoint, String verifierParameter, String verifier) {
        if (!flows.update(answered)) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
        return new Redirection(Urls.withQuery(endpoint, Map.of(verifierParameter, verifier)));
    }
}
