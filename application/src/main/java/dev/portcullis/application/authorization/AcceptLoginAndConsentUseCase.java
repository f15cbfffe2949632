package dev.portcullis.application.authorization;

/**
 * One app logs the user in and gives consent in a single answer (ORY Hydra's early consent flow): the
 * login request is accepted for the subject and the consent granted at once. The browser then returns to
 * {@link AuthorizationSettings#combinedContinuation(String)}, and the client gets its code without the
 * consent app being asked.
 */
public interface AcceptLoginAndConsentUseCase {

    /**
     * Records both answers on the login request with the answers' challenge.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} for an unknown or expired challenge,
     *         {@code request_was_handled_before} once it was answered, and what
     *         {@link AcceptLoginRequestUseCase#accept} and {@link AcceptConsentRequestUseCase#accept} refuse
     */
    void accept(LoginAnswer login, ConsentAnswer consent);
}
