package dev.portcullis.application.authorization;

import java.util.List;
import java.util.Optional;

/** The remembered consent and login sessions of the admin API. */
public interface SessionsUseCase {

    /** The consents of {@code subject} in force, of one client or all, newest first. */
    List<ConsentSessionView> consentSessions(String subject, Optional<String> clientId);

    /**
     * Revokes the consents of {@code subject}, of one client or all, and every token they produced.
     *
     * @return how many consents were revoked
     */
    int revokeConsentSessions(String subject, Optional<String> clientId);

    /**
     * Ends login sessions: every one of {@code subject}, or the one with id {@code sessionId}.
     *
     * @return how many ended
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} when neither is given
     */
    int endLoginSessions(Optional<String> subject, Optional<String> sessionId);
}
