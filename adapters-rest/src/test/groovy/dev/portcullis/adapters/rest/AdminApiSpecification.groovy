package dev.portcullis.adapters.rest

import io.micronaut.http.MutableHttpRequest

/**
 * Specs of the admin API, which wants a bearer token with the {@code portcullis:admin} scope. The token is
 * opaque (the fake codec signs no real JWS) and comes from the real token endpoint, issued to an admin
 * client registered once per application context; each feature gets a fresh one, so a feature that
 * moves the clock or revokes tokens does not spoil the next.
 */
abstract class AdminApiSpecification extends RestSpecification {

    static final String ADMIN_SCOPE = 'portcullis:admin'
    static final String ADMIN_CLIENT_ID = 'rest-spec-admin'
    static final String ADMIN_SECRET = 'the admin secret'

    private String adminToken

    /** An access token with the admin scope, the same for the whole feature. */
    String adminToken() {
        if (adminToken == null) {
            adminToken = accessToken(adminClient(), ADMIN_SECRET, ADMIN_SCOPE)
        }
        adminToken
    }

    /** {@code request} with the admin bearer token. */
    def <R extends MutableHttpRequest<?>> R asAdmin(R request) {
        request.bearerAuth(adminToken())
        request
    }

    /** The id of the admin client, registered on first use in this application context. */
    String adminClient() {
        synchronized (AdminApiSpecification) {
            if (!clientExists(ADMIN_CLIENT_ID)) {
                registerClient(client_id: ADMIN_CLIENT_ID, client_name: 'Admin', scope: ADMIN_SCOPE, client_secret: ADMIN_SECRET)
            }
        }
        ADMIN_CLIENT_ID
    }
}
