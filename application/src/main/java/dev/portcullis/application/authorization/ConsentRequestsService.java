package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Scopes;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Consent requests (DESIGN.md §5 step 4). The app may grant fewer scopes and audiences than requested, and
 * never more than the client is registered for.
 */
public final class ConsentRequestsService implements ConsentRequestsUseCase {

    private final AuthorizationContext context;
    private final Answers answers;

    public ConsentRequestsService(AuthorizationContext context) {
        this.context = context;
        this.answers = new Answers(context);
    }

    @Override
    public ConsentRequestView get(String challenge) {
        AuthorizationFlow flow = answers.waiting(FlowRepository.Key.CONSENT_CHALLENGE, challenge, FlowStage.CONSENT_REQUESTED);
        LoginAcceptance login = flow.login().orElseThrow();
        return new ConsentRequestView(challenge, login.acr(), login.amr(), answers.clientDocument(flow),
                login.context().members(), flow.sessionId(), answers.oidcContext(flow.request()),
                flow.request().requestUrl(), List.copyOf(flow.request().scope().values()),
                List.copyOf(flow.request().audience()), flow.consentSkip(), login.subject());
    }

    @Override
    public Redirection accept(String challenge, ConsentAnswer answer) {
        AuthorizationFlow flow = answers.waiting(FlowRepository.Key.CONSENT_CHALLENGE, challenge, FlowStage.CONSENT_REQUESTED);
        Client client = answers.client(flow);
        Scopes scope;
        try {
            scope = Scopes.of(answer.grantScope());
        } catch (IllegalArgumentException | OAuthException e) {
            throw OAuthException.invalidRequest("grant_scope holds a value that is not a scope");
        }
        if (!client.metadata().scope().containsAll(scope)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE, "grant_scope holds a scope the client is not registered for");
        }
        Set<String> audience = new LinkedHashSet<>(answer.grantAudience());
        if (!client.metadata().audience().containsAll(audience)) {
            throw OAuthException.invalidRequest("grant_access_token_audience holds an audience the client is not registered for");
        }
        if (answer.rememberFor() < 0) {
            throw OAuthException.invalidRequest("remember_for must not be negative");
        }
        ConsentAcceptance acceptance = new ConsentAcceptance(scope, audience, answer.remember(),
                Duration.ofSeconds(answer.rememberFor()), Answers.json(answer.idTokenClaims(), "session.id_token"),
                Answers.json(answer.accessTokenClaims(), "session.access_token"), answers.now());
        String verifier = context.secrets().next();
        answers.store(flow.acceptConsent(acceptance, context.secrets().hash(verifier)));
        return answers.back("consent_verifier", verifier);
    }

    @Override
    public Redirection reject(String challenge, RejectAnswer answer) {
        AuthorizationFlow flow = answers.waiting(FlowRepository.Key.CONSENT_CHALLENGE, challenge, FlowStage.CONSENT_REQUESTED);
        String verifier = context.secrets().next();
        answers.store(flow.rejectConsent(Answers.rejection(answer), context.secrets().hash(verifier)));
        return answers.back("consent_verifier", verifier);
    }
}
