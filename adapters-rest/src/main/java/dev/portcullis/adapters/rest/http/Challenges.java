package dev.portcullis.adapters.rest.http;

import dev.portcullis.domain.error.OAuthError;

/** Every {@code WWW-Authenticate} challenge the server sends, built in this one place. */
public final class Challenges {

    /** The realm of the OAuth endpoints. */
    public static final String REALM = "portcullis";
    /** The realm of the admin API. */
    public static final String ADMIN_REALM = "portcullis-admin";

    private Challenges() {
    }

    /**
     * RFC 6749 §5.2: the challenge to a client that failed HTTP Basic authentication, with the error in it too (as
     * RFC 6750 §3 does for bearer tokens): clients that read the challenge rather than the body, as some certified
     * ones do, still learn what failed.
     */
    public static String basic(OAuthError error) {
        return "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"" + errorParameters(error);
    }

    /** RFC 6750 §3: a bearer challenge without an error, for a request that sent no token. */
    public static String bearer(String realm) {
        return "Bearer realm=\"" + realm + "\"";
    }

    /** RFC 6750 §3: a bearer challenge naming the error, and describing it when {@code error} has a description. */
    public static String bearer(String realm, OAuthError error) {
        return bearer(realm) + errorParameters(error);
    }

    /** RFC 6750 §3.1: {@code insufficient_scope}, naming the scope the resource needs. */
    public static String insufficientScope(String realm, String scope) {
        return bearer(realm) + ", error=\"insufficient_scope\", scope=\"" + scope + "\"";
    }

    /** The {@code error} and, when there is one, {@code error_description} parameters of a challenge. */
    private static String errorParameters(OAuthError error) {
        return ", error=\"" + error.code().value() + "\""
                + (error.description().isEmpty() ? "" : ", error_description=\"" + quotable(error.description()) + "\"");
    }

    /** A description inside a quoted string: without the quote and backslash the grammar would need escaped. */
    private static String quotable(String text) {
        return text.replace("\"", "'").replace("\\", "/");
    }
}
