package dev.portcullis.application.authorization;

/** The login app turns a login request down; the client receives the error. */
public interface RejectLoginRequestUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException as {@link GetLoginRequestUseCase#get}, or
     *         {@code invalid_request} for a malformed error code or status
     */
    Redirection reject(RejectAnswer answer);
}
