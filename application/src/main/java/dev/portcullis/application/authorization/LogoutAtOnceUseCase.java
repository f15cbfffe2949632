package dev.portcullis.application.authorization;

/**
 * Ends the browser's login session without asking anyone (Auth0's {@code /v2/logout}), unlike RP-initiated
 * logout, which asks the logout app first.
 */
public interface LogoutAtOnceUseCase {

    /**
     * Ends the session the browser's cookie names, if any, and sends the browser to the command's return URL when
     * it is one of the client's registered {@code post_logout_redirect_uris}, otherwise to the logged-out page.
     * Never throws for bad input.
     */
    BrowserResponse logout(LogoutAtOnce command);
}
