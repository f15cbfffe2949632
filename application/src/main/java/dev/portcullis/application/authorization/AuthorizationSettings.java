package dev.portcullis.application.authorization;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Server-wide settings of the authorization code flow.
 *
 * @param loginUrl         the login app, which receives {@code login_challenge}
 * @param consentUrl       the consent app, which receives {@code consent_challenge}
 * @param logoutUrl        the logout app, which receives {@code logout_challenge}
 * @param errorUrl         where errors that cannot go to a client are sent, with {@code error} and
 *                         {@code error_description}; empty to show them on the server's own error page
 * @param postLogoutUrl    where a logout ends when the client named no {@code post_logout_redirect_uri}
 * @param authorizationEndpoint the authorization endpoint's URL, where the login and consent app send the
 *                         browser back with a verifier
 * @param endSessionEndpoint the end-session endpoint's URL, where the logout app sends the browser back
 * @param codeLifespan     how long an authorization code may wait for redemption, at most 10 minutes
 *                         (RFC 6749 §4.1.2)
 * @param requestLifespan  how long a login, consent or logout request may wait for its answer
 * @param sessionLifespan  how long a remembered login lasts when the login app gives no {@code remember_for}
 * @param pkceRequired     whether confidential clients must use PKCE too (public ones always must)
 * @param plainPkceAllowed whether the {@code plain} method is accepted
 * @param loginAndConsentUrl one app that logs the user in and asks for consent in a single answer (ORY Hydra's
 *                         early design): when set, the authorization endpoint sends the browser there with
 *                         {@code consent=<challenge>} instead of to the login and consent apps, and the
 *                         browser comes back with that same parameter once the app has answered
 */
public record AuthorizationSettings(
        String loginUrl,
        String consentUrl,
        String logoutUrl,
        Optional<String> errorUrl,
        String postLogoutUrl,
        String authorizationEndpoint,
        String endSessionEndpoint,
        Duration codeLifespan,
        Duration requestLifespan,
        Duration sessionLifespan,
        boolean pkceRequired,
        boolean plainPkceAllowed,
        Optional<String> loginAndConsentUrl) {

    /** The parameter that carries the challenge to the combined app and back. */
    public static final String COMBINED_CHALLENGE_PARAMETER = "consent";

    public static final Duration LONGEST_CODE_LIFESPAN = Duration.ofMinutes(10);

    public AuthorizationSettings {
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(consentUrl, "consentUrl");
        Objects.requireNonNull(logoutUrl, "logoutUrl");
        Objects.requireNonNull(errorUrl, "errorUrl");
        Objects.requireNonNull(postLogoutUrl, "postLogoutUrl");
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(endSessionEndpoint, "endSessionEndpoint");
        requirePositive(codeLifespan, "the code lifespan");
        requirePositive(requestLifespan, "the request lifespan");
        requirePositive(sessionLifespan, "the session lifespan");
        if (codeLifespan.compareTo(LONGEST_CODE_LIFESPAN) > 0) {
            throw new IllegalArgumentException("authorization codes live at most 10 minutes");
        }
        Objects.requireNonNull(loginAndConsentUrl, "loginAndConsentUrl");
    }

    /** Separate login and consent apps, as ORY Hydra v2 has them. */
    public AuthorizationSettings(String loginUrl, String consentUrl, String logoutUrl, Optional<String> errorUrl,
                                 String postLogoutUrl, String authorizationEndpoint, String endSessionEndpoint,
                                 Duration codeLifespan, Duration requestLifespan, Duration sessionLifespan,
                                 boolean pkceRequired, boolean plainPkceAllowed) {
        this(loginUrl, consentUrl, logoutUrl, errorUrl, postLogoutUrl, authorizationEndpoint, endSessionEndpoint,
                codeLifespan, requestLifespan, sessionLifespan, pkceRequired, plainPkceAllowed, Optional.empty());
    }

    /** The authorization endpoint's URL that continues a flow once the combined app has answered {@code challenge}. */
    public String combinedContinuation(String challenge) {
        return Urls.withQuery(authorizationEndpoint, Map.of(COMBINED_CHALLENGE_PARAMETER, challenge));
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " is positive");
        }
    }
}
