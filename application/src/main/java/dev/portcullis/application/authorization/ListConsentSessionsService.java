package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.ConsentedFlow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class ListConsentSessionsService implements ListConsentSessionsUseCase {

    private final FlowRepository flows;
    private final ClientRepository clients;

    public ListConsentSessionsService(FlowRepository flows, ClientRepository clients) {
        this.flows = flows;
        this.clients = clients;
    }

    @Override
    public List<ConsentSessionView> list(ConsentSessionQuery query) {
        List<ConsentSessionView> views = new ArrayList<>();
        for (AuthorizationFlow found : flows.findConsented(query.subject(), query.clientId())) {
            Optional<ConsentedFlow> consented = found.consented();
            if (consented.isEmpty()) {
                continue;
            }
            ConsentedFlow flow = consented.get();
            ConsentAcceptance consent = flow.consent();
            views.add(new ConsentSessionView(flow.id().value(), query.subject(), flow.request().clientId(),
                    clients.find(flow.request().clientId()), List.copyOf(flow.request().scope().values()),
                    List.copyOf(flow.request().audience().values()), List.copyOf(consent.grantScope().values()),
                    List.copyOf(consent.grantAudience().values()), consent.remember(), consent.rememberFor().toSeconds(),
                    consent.handledAt(), consent.rememberedUntil().filter(until -> !until.equals(Instant.MAX)),
                    flow.flow().sessionId(), consent.idTokenClaims(), consent.accessTokenClaims()));
        }
        return views;
    }
}
