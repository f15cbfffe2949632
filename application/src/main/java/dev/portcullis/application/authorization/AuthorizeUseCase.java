package dev.portcullis.application.authorization;

/**
 * The authorization endpoint ({@code /oauth2/auth}): starts a flow from an authorization request, and moves it
 * on when the browser returns with a {@code login_verifier} or {@code consent_verifier}.
 */
public interface AuthorizeUseCase {

    /** Never throws for bad input: every error is a {@link BrowserResponse} of its own. */
    BrowserResponse authorize(BrowserRequest request);
}
