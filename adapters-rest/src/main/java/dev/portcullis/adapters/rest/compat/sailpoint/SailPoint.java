package dev.portcullis.adapters.rest.compat.sailpoint;

import java.util.List;

/** What the surface's classes share. */
final class SailPoint {

    /** The switch of the whole surface; on unless set to {@code false}. */
    static final String ENABLED = "portcullis.compat.sailpoint.enabled";

    static final String V3 = "/v3/oauth-clients";
    static final String BETA = "/beta/oauth-clients";

    /** SailPoint's scopes: manage for changes, read for reads; the server's admin scope stands in for both. */
    static final String MANAGE_SCOPE = "sp:oauth-client:manage";
    static final String READ_SCOPE = "sp:oauth-client:read";
    static final String ADMIN_SCOPE = "portcullis:admin";
    static final List<String> CHANGING_SCOPES = List.of(MANAGE_SCOPE, ADMIN_SCOPE);
    static final List<String> READING_SCOPES = List.of(READ_SCOPE, MANAGE_SCOPE, ADMIN_SCOPE);

    static final String JSON_PATCH = "application/json-patch+json";

    private SailPoint() {
    }

    /** Whether {@code path} is one of the surface's: a collection or below it. */
    static boolean owns(String path) {
        return under(path, V3) || under(path, BETA);
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
