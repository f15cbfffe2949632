package dev.portcullis.application.authorization;

/**
 * The rules an authorization endpoint reads a new request by: this server's own, or those of another server
 * whose endpoint a compatibility surface serves. Only what differs is here; everything else is read alike.
 */
public enum AuthorizationDialect {

    /**
     * RFC 6749, RFC 7636 and OpenID Connect as configured: {@code plain} PKCE when the settings allow it, and an
     * audience the client is not registered for is {@code invalid_request}, as ORY Hydra answers it.
     */
    STANDARD(false, false),

    /**
     * Auth0's {@code /authorize}: S256 is the only PKCE method whatever the settings say, and an audience the
     * client may not have is {@code access_denied}, as Auth0 answers a client that is not authorized for an API.
     */
    AUTH0(true, true);

    private final boolean s256Only;
    private final boolean audienceRefusalIsAccessDenied;

    AuthorizationDialect(boolean s256Only, boolean audienceRefusalIsAccessDenied) {
        this.s256Only = s256Only;
        this.audienceRefusalIsAccessDenied = audienceRefusalIsAccessDenied;
    }

    boolean s256Only() {
        return s256Only;
    }

    boolean audienceRefusalIsAccessDenied() {
        return audienceRefusalIsAccessDenied;
    }
}
