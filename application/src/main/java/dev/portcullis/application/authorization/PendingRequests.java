package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/** What the login and consent request use cases share: finding a request by its challenge, and storing the answer. */
final class PendingRequests {

    /** The two questions a flow waits on: how each is looked up, the stage that waits, and its verifier's name. */
    enum Question {
        LOGIN(FlowRepository.Key.LOGIN_CHALLENGE, FlowStage.LOGIN_REQUESTED, "login_verifier"),
        CONSENT(FlowRepository.Key.CONSENT_CHALLENGE, FlowStage.CONSENT_REQUESTED, "consent_verifier");

        private final FlowRepository.Key challenge;
        private final FlowStage waiting;
        private final String verifierParameter;

        Question(FlowRepository.Key challenge, FlowStage waiting, String verifierParameter) {
            this.challenge = challenge;
            this.waiting = waiting;
            this.verifierParameter = verifierParameter;
        }
    }

    private final FlowRepository flows;
    private final FlowSecrets secrets;
    private final Clock clock;

    PendingRequests(FlowRepository flows, FlowSecrets secrets, Clock clock) {
        this.flows = flows;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * The flow waiting for the answer to {@code challenge}.
     *
     * @throws OAuthException {@code not_found} for an unknown or expired challenge, {@code request_was_handled_before}
     *         once the request was answered
     */
    AuthorizationFlow waiting(Question question, String challenge) {
        AuthorizationFlow flow = secrets.hashPresented(challenge).flatMap(h -> flows.findBy(question.challenge, h))
                .filter(found -> StoredTime.now(clock).isBefore(found.expiresAt()))
                .orElseThrow(() -> OAuthException.notFound("no pending request has this challenge"));
        if (flow.stage() != question.waiting) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
        return flow;
    }

    /**
     * Stores the flow that {@code answering} makes of the waiting one, given the hash of a fresh verifier, and
     * sends the browser back to {@code endpoint} with the verifier.
     *
     * @throws OAuthException {@code request_was_handled_before} when another answer was stored first
     */
    Redirection answer(Question question, String endpoint, Function<TokenSignature, AuthorizationFlow> answering) {
        String verifier = secrets.next();
        if (!flows.update(answering.apply(secrets.hash(verifier)))) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
        return new Redirection(Urls.withQuery(endpoint, Map.of(question.verifierParameter, verifier)));
    }
}
