package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;

public final class AcceptLoginAndConsentService implements AcceptLoginAndConsentUseCase {

    private final PendingRequests pending;
    private final FlowRepository flows;
    private final ClientRepository clients;
    private final FlowSecrets secrets;
    private final Clock clock;

    public AcceptLoginAndConsentService(FlowRepository flows, ClientRepository clients, FlowSecrets secrets, Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.flows = flows;
        this.clients = clients;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public void accept(LoginAnswer login, ConsentAnswer consent) {
        if (!login.challenge().equals(consent.challenge())) {
            throw new IllegalArgumentException("both answers are to the same request");
        }
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.LOGIN, login.challenge());
        LoginAcceptance loginAcceptance = AcceptLoginRequestService.acceptance(flow, login, clock);
        ConsentAcceptance consentAcceptance = AcceptConsentRequestService.acceptance(flow, clients, consent, clock);
        String sessionId = flow.remembered().map(LoginSession::id).orElseGet(secrets::next);
        if (!flows.update(flow.acceptLoginAndConsent(loginAcceptance, sessionId, consentAcceptance))) {
            throw new OAuthException(ErrorCode.REQUEST_HANDLED_BEFORE, "the request was answered already");
        }
    }
}
