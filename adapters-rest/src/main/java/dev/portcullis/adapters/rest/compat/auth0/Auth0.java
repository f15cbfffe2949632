package dev.portcullis.adapters.rest.compat.auth0;

/** What the surface's classes share. */
final class Auth0 {

    /** The switch of the whole surface; on unless set to {@code false}. */
    static final String ENABLED = "portcullis.compat.auth0.enabled";

    private Auth0() {
    }
}
