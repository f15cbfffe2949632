package dev.portcullis.adapters.rest.http;

import io.micronaut.http.HttpRequest;

/**
 * The mark a request carries once an admin's bearer token was checked on a route that is open to clients too
 * (Hydra's early {@code /oauth2/introspect}, where the operator's token stands in for client credentials).
 */
public final class AdminAdmission {

    private static final String ATTRIBUTE = AdminAdmission.class.getName();

    private AdminAdmission() {
    }

    public static void mark(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Boolean.class).orElse(false);
    }
}
