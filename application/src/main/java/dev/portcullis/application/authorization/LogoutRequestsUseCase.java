package dev.portcullis.application.authorization;

/** The logout requests of the admin API. */
public interface LogoutRequestsUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} for an unknown or expired challenge,
     *         {@code request_was_handled_before} once it was answered
     */
    LogoutRequestView get(String challenge);

    /** @throws dev.portcullis.domain.error.OAuthException as {@link #get} */
    Redirection accept(String challenge);

    /** The user stays logged in. @throws dev.portcullis.domain.error.OAuthException as {@link #get} */
    void reject(String challenge);
}
