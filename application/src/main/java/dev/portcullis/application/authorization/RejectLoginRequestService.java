package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;

import java.time.Clock;

public final class RejectLoginRequestService implements RejectLoginRequestUseCase {

    private final PendingRequests pending;
    private final String endpoint;

    public RejectLoginRequestService(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                     Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.endpoint = settings.authorizationEndpoint();
    }

    @Override
    public Redirection reject(RejectAnswer answer) {
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.LOGIN, answer.challenge());
        return pending.answer(PendingRequests.Question.LOGIN, endpoint,
                verifier -> flow.rejectLogin(answer.toRejection(), verifier));
    }
}
