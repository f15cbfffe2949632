package dev.portcullis.application.authorization;

/** The consent app turns a consent request down; the client receives the error. */
public interface RejectConsentRequestUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException as {@link GetConsentRequestUseCase#get}, or
     *         {@code invalid_request} for a malformed error code or status
     */
    Redirection reject(RejectAnswer answer);
}
