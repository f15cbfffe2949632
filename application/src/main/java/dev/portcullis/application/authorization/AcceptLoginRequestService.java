package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.error.OAuthException;

import dev.portcullis.domain.text.Characters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

public final class AcceptLoginRequestService implements AcceptLoginRequestUseCase {

    /** OIDC Core §2: {@code sub} is at most 255 ASCII characters. */
    static final int LONGEST_SUBJECT = 255;

    private final PendingRequests pending;
    private final String endpoint;
    private final Clock clock;

    public AcceptLoginRequestService(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                     Clock clock) {
        this.pending = new PendingRequests(flows, secrets, clock);
        this.endpoint = settings.authorizationEndpoint();
        this.clock = clock;
    }

    @Override
    public Redirection accept(LoginAnswer answer) {
        AuthorizationFlow flow = pending.waiting(PendingRequests.Question.LOGIN, answer.challenge());
        LoginAcceptance acceptance = acceptance(flow, answer, clock);
        return pending.answer(PendingRequests.Question.LOGIN, endpoint, verifier -> flow.acceptLogin(acceptance, verifier));
    }

    /** The login {@code answer} records on the waiting {@code flow}, checked. */
    static LoginAcceptance acceptance(AuthorizationFlow flow, LoginAnswer answer, Clock clock) {
        if (answer.subject().isBlank()) {
            throw OAuthException.invalidRequest("subject is required");
        }
        if (Characters.hasControl(answer.subject())) {
            throw OAuthException.invalidRequest("subject must not hold control characters");
        }
        if (answer.subject().length() > LONGEST_SUBJECT) {
            throw OAuthException.invalidRequest("subject is longer than " + LONGEST_SUBJECT + " characters (OIDC Core §2)");
        }
        if (answer.rememberFor() < 0) {
            throw OAuthException.invalidRequest("remember_for must not be negative");
        }
        Instant authenticatedAt = StoredTime.now(clock);
        if (flow.remembered().isPresent()) {
            LoginSession session = flow.remembered().get();
            if (!session.subject().equals(answer.subject())) {
                throw OAuthException.invalidRequest("the login request is skipped for subject " + session.subject()
                        + "; it cannot be accepted for another subject");
            }
            authenticatedAt = session.authenticatedAt();
        }
        return new LoginAcceptance(answer.subject(), answer.remember(),
                Duration.ofSeconds(answer.rememberFor()), answer.acr().filter(acr -> !acr.isEmpty()), answer.amr(),
                answer.context(), authenticatedAt);
    }
}
