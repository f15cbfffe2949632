package dev.portcullis.application.authorization;

/** The consent requests of the admin API: read one, accept it, reject it. */
public interface ConsentRequestsUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} for an unknown or expired challenge,
     *         {@code request_was_handled_before} once it was answered
     */
    ConsentRequestView get(String challenge);

    /** @throws dev.portcullis.domain.error.OAuthException as {@link #get}, or {@code invalid_request} */
    Redirection accept(String challenge, ConsentAnswer answer);

    /** @throws dev.portcullis.domain.error.OAuthException as {@link #get}, or {@code invalid_request} */
    Redirection reject(String challenge, RejectAnswer answer);
}
