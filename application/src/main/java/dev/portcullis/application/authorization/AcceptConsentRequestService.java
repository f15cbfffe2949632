package dev.portcullis.application.authorization;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.Scopes;

import java.time.Clock;
import java.time.Duration;

public final class AcceptConsentRequestService implements AcceptConsentRequestUseCase {

    private final PendingRequests pending;
    private final ClientRepository clients;
    private final String endpoint;
    private final Clock clock;

    public AcceptConsentRequestService(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                       AuthorizationSettings settings, Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.clients = clients;
        this.endpoint = settings.authorizationEndpoint();
        this.clock = clock;
    }

    @Override
    public Redirection accept(ConsentAnswer answer) {
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.CONSENT, answer.challenge());
        ConsentAcceptance acceptance = acceptance(flow, clients, answer, clock);
        return pending.answer(PendingRequests.Question.CONSENT, endpoint,
                verifier -> flow.acceptConsent(acceptance, verifier));
    }

    /**
     * The consent {@code answer} records on {@code flow}, checked against what the flow's client is registered for.
     *
     * @throws OAuthException {@code not_found} when the client was deleted meanwhile
     */
    static ConsentAcceptance acceptance(AuthorizationFlow flow, ClientRepository clients, ConsentAnswer answer,
                                        Clock clock) {
        Client client = clients.find(flow.request().clientId())
                .orElseThrow(() -> OAuthException.notFound("the client of this request no longer exists"));
        Scopes scope;
        try {
            scope = Scopes.of(answer.grantScope());
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("grant_scope holds a value that is not a scope");
        }
        client.permitScope(scope, "grant_scope");
        Audience audience = client.permitAudience(
                Audience.of(answer.grantAudience(), ErrorCode.INVALID_REQUEST, "grant_access_token_audience"),
                "grant_access_token_audience");
        if (answer.rememberFor() < 0) {
            throw OAuthException.invalidRequest("remember_for must not be negative");
        }
        return new ConsentAcceptance(scope, audience, answer.remember(),
                Duration.ofSeconds(answer.rememberFor()), answer.idTokenClaims(), answer.accessTokenClaims(),
                StoredTime.now(clock), answer.userinfoClaims());
    }
}
