package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.LoginAcceptance;

import java.time.Clock;
import java.util.List;

public final class GetConsentRequestService implements GetConsentRequestUseCase {

    private final PendingRequests pending;
    private final ClientRepository clients;
    private final IdTokenHints hints;

    public GetConsentRequestService(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                    IdTokenHints hints, Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.clients = clients;
        this.hints = hints;
    }

    @Override
    public ConsentRequestView get(String challenge) {
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.CONSENT, challenge);
        // A flow asks for consent only after an accepted login.
        LoginAcceptance login = flow.login().orElseThrow();
        return new ConsentRequestView(challenge, login.acr(), login.amr(), clients.find(flow.request().clientId()),
                login.context(), flow.sessionId(), OidcContext.of(flow.request(), hints), flow.request().requestUrl(),
                List.copyOf(flow.request().scope().values()), List.copyOf(flow.request().audience().values()),
                flow.consentSkip(), login.subject());
    }
}
