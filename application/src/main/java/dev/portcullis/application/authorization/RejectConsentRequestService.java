package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;

import java.time.Clock;

public final class RejectConsentRequestService implements RejectConsentRequestUseCase {

    private final PendingRequests pending;
    private final String endpoint;

    public RejectConsentRequestService(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                       Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.endpoint = settings.authorizationEndpoint();
    }

    @Override
    public Redirection reject(RejectAnswer answer) {
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.CONSENT, answer.challenge());
        return pending.answer(PendingRequests.Question.CONSENT, endpoint,
                verifier -> flow.rejectConsent(answer.toRejection(), verifier));
    }
}
