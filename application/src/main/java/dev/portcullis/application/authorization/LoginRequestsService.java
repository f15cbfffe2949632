package dev.portcullis.application.authorization;

import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.FlowStage;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.authorization.LoginSession;
import dev.portcullis.domain.error.OAuthException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Login requests (DESIGN.md §5 step 3). When a remembered login lets the app skip, it must accept with the
 * remembered subject; the authentication time stays the remembered one.
 */
public final class LoginRequestsService implements LoginRequestsUseCase {

    /** OIDC Core §2: {@code sub} is at most 255 ASCII characters. */
    static final int LONGEST_SUBJECT = 255;

    private final AuthorizationContext context;
    private final Answers answers;

    public LoginRequestsService(AuthorizationContext context) {
        this.context = context;
        this.answers = new Answers(context);
    }

    @Override
    public LoginRequestView get(String challenge) {
        AuthorizationFlow flow = answers.waiting(FlowRepository.Key.LOGIN_CHALLENGE, challenge, FlowStage.LOGIN_REQUESTED);
        return new LoginRequestView(challenge, answers.clientDocument(flow), flow.request().requestUrl(),
                List.copyOf(flow.request().scope().values()), List.copyOf(flow.request().audience()),
                flow.remembered().map(LoginSession::id), flow.loginSkip(),
                flow.remembered().map(LoginSession::subject).orElse(""), answers.oidcContext(flow.request()));
    }

    @Override
    public Redirection accept(String challenge, LoginAnswer answer) {
        AuthorizationFlow flow = answers.waiting(FlowRepository.Key.LOGIN_CHALLENGE, challenge, FlowStage.LOGIN_REQUESTED);
        if (answer.subject() == null || answer.subject().isBlank()) {
            throw OAuthException.invalidRequest("subject is required");
        }
        if (answer.subject().length() > LONGEST_SUBJECT) {
            throw OAuthException.invalidRequest("subject is longer than " + LONGEST_SUBJECT + " characters (OIDC Core §2)");
        }
        if (answer.rememberFor() < 0) {
            throw OAuthException.invalidRequest("remember_for must not be negative");
        }
        Instant now = answers.now();
        Instant authenticatedAt = now;
        if (flow.remembered().isPresent()) {
            LoginSession session = flow.remembered().get();
            if (!session.subject().equals(answer.subject())) {
                throw OAuthException.invalidRequest("the login request is skipped for subject " + session.subject()
                        + "; it cannot be accepted for another subject");
            }
            authenticatedAt = session.authenticatedAt();
        }
        LoginAcceptance acceptance = new LoginAcceptance(answer.subject(), answer.remember(),
                Duration.ofSeconds(answer.rememberFor()), answer.acr().filter(acr -> !acr.isEmpty()), answer.amr(),
                Answers.json(answer.context(), "context"), authenticatedAt);
        String verifier = context.secrets().next();
        answers.store(flow.acceptLogin(acceptance, context.secrets().hash(verifier)));
        return answers.back("login_verifier", verifier);
    }

    @Override
    public Redirection reject(String challenge, RejectAnswer answer) {
        AuthorizationFlow flow = answers.waiting(FlowRepository.Key.LOGIN_CHALLENGE, challenge, FlowStage.LOGIN_REQUESTED);
        String verifier = context.secrets().next();
        answers.store(flow.rejectLogin(Answers.rejection(answer), context.secrets().hash(verifier)));
        return answers.back("login_verifier", verifier);
    }
}
