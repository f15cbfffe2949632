package dev.portcullis.application.authorization;

import dev.portcullis.application.port.LogoutRequestRepository;
import dev.portcullis.domain.authorization.LogoutRequest;

import java.time.Clock;
import java.util.Map;

public final class AcceptLogoutRequestService implements AcceptLogoutRequestUseCase {

    private final PendingLogouts pending;
    private final FlowSecrets secrets;
    private final AuthorizationSettings settings;

    public AcceptLogoutRequestService(LogoutRequestRepository logouts, FlowSecrets secrets,
                                      AuthorizationSettings settings, Clock clock) {
        this.pending = new PendingLogouts(logouts, secrets, clock);
        this.secrets = secrets;
        this.settings = settings;
    }

    @Override
    public Redirection accept(String challenge) {
        LogoutRequest logout = pending.waiting(challenge);
        String verifier = secrets.next();
        pending.store(logout.accept(secrets.hash(verifier)));
        return new Redirection(Urls.withQuery(settings.endSessionEndpoint(), Map.of("logout_verifier", verifier)));
    }
}
