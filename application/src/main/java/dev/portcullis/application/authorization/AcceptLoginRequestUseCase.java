package dev.portcullis.application.authorization;

/** The login app says who the user is (DESIGN.md §5 step 3). */
public interface AcceptLoginRequestUseCase {

    /**
     * Records the login and hands out the verifier the browser brings back to the authorization endpoint.
     * When a remembered login lets the app skip, it must accept with the remembered subject; the authentication
     * time stays the remembered one.
     *
     * @throws dev.portcullis.domain.error.OAuthException as {@link GetLoginRequestUseCase#get}, or
     *         {@code invalid_request} for a missing or over-long subject, a negative {@code remember_for} or
     *         another subject than a skipped login's
     */
    Redirection accept(LoginAnswer answer);
}
