package dev.portcullis.application.authorization;

import dev.portcullis.application.client.ClientDocuments;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.authorization.AuthorizationFlow;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists and revokes consents, and ends login sessions. Revoking a consent revokes every token of its grant, so
 * a refresh token it produced stops working at once.
 */
public final class SessionsService implements SessionsUseCase {

    private static final int ATTEMPTS = 5;

    private final AuthorizationContext context;
    private final TokenRepository tokens;

    public SessionsService(AuthorizationContext context, TokenRepository tokens) {
        this.context = context;
        this.tokens = tokens;
    }

    @Override
    public List<ConsentSessionView> consentSessions(String subject, Optional<String> clientId) {
        List<ConsentSessionView> views = new ArrayList<>();
        for (AuthorizationFlow flow : context.flows().findConsented(requireSubject(subject), clientId(clientId))) {
            ConsentAcceptance consent = flow.consent().orElseThrow();
            Map<String, Object> client = context.clients().find(flow.request().clientId())
                    .map(ClientDocuments::metadataOf).orElse(Map.of("client_id", flow.request().clientId().value()));
            views.add(new ConsentSessionView(flow.id().value(), subject, client,
                    List.copyOf(flow.request().scope().values()), List.copyOf(flow.request().audience()),
                    List.copyOf(consent.grantScope().values()), List.copyOf(consent.grantAudience()), consent.remember(),
                    consent.rememberFor().toSeconds(), consent.handledAt(),
                    consent.rememberedUntil().filter(until -> !until.equals(Instant.MAX)), flow.sessionId(),
                    consent.idTokenClaims().members(), consent.accessTokenClaims().members()));
        }
        return views;
    }

    @Override
    public int revokeConsentSessions(String subject, Optional<String> clientId) {
        int revoked = 0;
        for (AuthorizationFlow flow : context.flows().findConsented(requireSubject(subject), clientId(clientId))) {
            if (revoke(flow)) {
                revoked++;
            }
        }
        return revoked;
    }

    /** Revokes one consent, retrying when a refresh or redemption changed the flow meanwhile. */
    private boolean revoke(AuthorizationFlow flow) {
        AuthorizationFlow current = flow;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (!current.stage().isConsented()) {
                return false;
            }
            if (context.flows().update(current.revoke())) {
                tokens.revokeGrant(current.id());
                return true;
            }
            Optional<AuthorizationFlow> reread = context.flows().find(current.id());
            if (reread.isEmpty()) {
                tokens.revokeGrant(current.id());
                return false;
            }
            current = reread.get();
        }
        throw new IllegalStateException("the consent " + flow.id() + " kept changing while it was revoked");
    }

    @Override
    public int endLoginSessions(Optional<String> subject, Optional<String> sessionId) {
        Optional<String> givenSubject = subject.filter(value -> !value.isEmpty());
        Optional<String> givenSession = sessionId.filter(value -> !value.isEmpty());
        if (givenSession.isPresent()) {
            return context.loginSessions().remove(givenSession.get()) ? 1 : 0;
        }
        if (givenSubject.isPresent()) {
            return context.loginSessions().removeSubject(givenSubject.get());
        }
        throw OAuthException.invalidRequest("subject or sid is required");
    }

    private static String requireSubject(String subject) {
        if (subject == null || subject.isEmpty()) {
            throw OAuthException.invalidRequest("the subject parameter is required");
        }
        return subject;
    }

    private static Optional<ClientId> clientId(Optional<String> raw) {
        Optional<String> given = raw.filter(value -> !value.isEmpty());
        if (given.isPresent() && !ClientId.isWellFormed(given.get())) {
            throw OAuthException.invalidRequest("client is not a client id");
        }
        return given.map(ClientId::new);
    }
}
