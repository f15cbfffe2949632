package dev.portcullis.application.authorization;

/**
 * The authorization endpoint ({@code /oauth2/auth}): starts a flow from an authorization request, and moves it
 * on when the browser returns with a {@code login_verifier} or {@code consent_verifier}.
 */
public interface AuthorizeUseCase {

    /**
     * A request read by this server's own rules.
     * Never throws for bad input: every error is a {@link BrowserResponse} of its own.
     */
    default BrowserResponse authorize(BrowserRequest request) {
        return authorize(request, AuthorizationDialect.STANDARD);
    }

    /** A request read by {@code dialect}'s rules where a new flow starts; a returning browser is answered alike. */
    BrowserResponse authorize(BrowserRequest request, AuthorizationDialect dialect);
}
