package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;

import java.time.Clock;

public final class RejectConsentRequestService implements RejectConsentRequestUseCase {

    private final PendingRequests pending;
    private final FlowSecrets secrets;
    private final AuthorizationSettings settings;

    public RejectConsentRequestService(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                       Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.secrets = secrets;
        this.settings = settings;
    }

    @Override
    public Redirection reject(RejectAnswer answer) {
        AuthorizationFlow flow = pending.waiting(FlowRepository.Key.CONSENT_CHALLENGE, answer.challenge(),
                FlowStage.CONSENT_REQUESTED);
        String verifier = secrets.next();
        return pending.answer(flow.rejectConsent(answer.toRejection(), secrets.hash(verifier)),
                settings.authorizationEndpoint(), "consent_verifier", verifier);
    }
}
