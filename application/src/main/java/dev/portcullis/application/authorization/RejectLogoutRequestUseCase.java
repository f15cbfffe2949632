package dev.portcullis.application.authorization;

/** The logout app declines a logout: the user stays logged in. */
public interface RejectLogoutRequestUseCase {

    /** @throws dev.portcullis.domain.error.OAuthException as {@link GetLogoutRequestUseCase#get} */
    void reject(String challenge);
}
