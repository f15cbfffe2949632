package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;

import java.time.Clock;

public final class RejectLoginRequestService implements RejectLoginRequestUseCase {

    private final PendingRequests pending;
    private final FlowSecrets secrets;
    private final AuthorizationSettings settings;

    public RejectLoginRequestService(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                     Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.secrets = secrets;
        this.settings = settings;
    }

    @Override
    public Redirection reject(RejectAnswer answer) {
        AuthorizationFlow flow = pending.waiting(FlowRepository.Key.LOGIN_CHALLENGE, answer.challenge(),
                FlowStage.LOGIN_REQUESTED);
        String verifier = secrets.next();
        return pending.answer(flow.rejectLogin(answer.toRejection(), secrets.hash(verifier)),
                settings.authorizationEndpoint(), "login_verifier", verifier);
    }
}
