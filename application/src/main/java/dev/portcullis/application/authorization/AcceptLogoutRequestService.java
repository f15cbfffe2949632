package dev.portcullis.application.authorization;

import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LogoutRequest;

import java.time.Clock;

public final class AcceptLogoutRequestService implements AcceptLogoutRequestUseCase {

    private final PendingLogouts pending;
    private final String endpoint;

    public AcceptLogoutRequestService(LogoutRequestRepository logouts, FlowSecrets secrets,
                                      AuthorizationSettings settings, Clock clock) {
        this.pending = new PendingLogouts(logouts, secrets, clock);
        this.endpoint = settings.endSessionEndpoint();
    }

    @Override
    public Redirection accept(String challenge) {
        LogoutRequest logout = pending.waiting(challenge);
        return pending.accept(endpoint, logout::accept);
    }
}
