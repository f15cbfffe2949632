package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LogoutRequest;

import java.time.Clock;

public final class GetLogoutRequestService implements GetLogoutRequestUseCase {

    private final PendingLogouts pending;
    private final ClientRepository clients;

    public GetLogoutRequestService(LogoutRequestRepository logouts, ClientRepository clients, FlowSecrets secrets,
                                   Clock clock) {
        this.pending = new PendingLogouts(logouts, secrets, clock);
        this.clients = clients;
    }

    @Override
    public LogoutRequestView get(String challenge) {
        LogoutRequest logout = pending.waiting(challenge);
        return new LogoutRequestView(challenge, logout.subject(), logout.sessionId(), logout.requestUrl(),
                logout.rpInitiated(), logout.clientId().flatMap(clients::find));
    }
}
