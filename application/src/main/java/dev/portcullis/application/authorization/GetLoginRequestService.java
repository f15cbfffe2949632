package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.LoginSession;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class GetLoginRequestService implements GetLoginRequestUseCase {

    private final PendingRequests pending;
    private final ClientRepository clients;
    private final IdTokenHints hints;

    public GetLoginRequestService(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                  IdTokenHints hints, Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.clients = clients;
        this.hints = hints;
    }

    @Override
    public LoginRequestView get(String challenge) {
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.LOGIN, challenge);
        return new LoginRequestView(challenge, clients.find(flow.request().clientId()), flow.request().requestUrl(),
                List.copyOf(flow.request().scope().values()), List.copyOf(flow.request().audience().values()),
                flow.remembered().map(LoginSession::id), flow.loginSkip(),
                flow.remembered().map(LoginSession::subject).orElse(""), OidcContext.of(flow.request(), hints),
                context(flow.request().requestUrl()), flow.expiresAt());
    }

    private static Map<String, String> context(String requestUrl) {
        Map<String, String> context = new LinkedHashMap<>();
        for (String parameter : LoginRequestView.CONTEXT_PARAMETERS) {
            Urls.queryParameter(requestUrl, parameter).filter(value -> !value.isEmpty())
                    .ifPresent(value -> context.put(parameter, value));
        }
        return context;
    }
}
