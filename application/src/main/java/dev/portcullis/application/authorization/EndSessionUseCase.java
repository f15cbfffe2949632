package dev.portcullis.application.authorization;

/**
 * The end-session endpoint (OIDC RP-Initiated Logout): starts a logout request, and ends the login session
 * when the browser returns with the {@code logout_verifier}.
 */
public interface EndSessionUseCase {

    /** Never throws for bad input: every error is a {@link BrowserResponse} of its own. */
    BrowserResponse logout(BrowserRequest request);
}
