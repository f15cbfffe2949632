package dev.portcullis.application.authorization;

import dev.portcullis.application.port.LogoutRequestRepository;

import java.time.Clock;

public final class RejectLogoutRequestService implements RejectLogoutRequestUseCase {

    private final PendingLogouts pending;

    public RejectLogoutRequestService(LogoutRequestRepository logouts, FlowSecrets secrets, Clock clock) {
        this.pending = new PendingLogouts(logouts, secrets, clock);
    }

    @Override
    public void reject(String challenge) {
        pending.store(pending.waiting(challenge).reject());
    }
}
