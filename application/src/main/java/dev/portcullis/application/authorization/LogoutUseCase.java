package dev.portcullis.application.authorization;

/**
 * The end-session endpoint ({@code /oauth2/sessions/logout}, OIDC RP-Initiated Logout): starts a logout
 * request, and ends the login session when the browser returns with the {@code logout_verifier}.
 */
public interface LogoutUseCase {

    /** Never throws for bad input: every error is a {@link BrowserResponse} of its own. */
    BrowserResponse logout(BrowserRequest request);
}
