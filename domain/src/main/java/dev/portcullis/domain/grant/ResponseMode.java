package dev.portcullis.domain.grant;

import java.util.Optional;

/**
 * How the authorization response travels back to the client (OAuth 2.0 Multiple Response Type Encoding
 * Practices §2.1, OAuth 2.0 Form Post Response Mode).
 */
public enum ResponseMode {
    /** Parameters in the query of the redirect URI: the default for {@code response_type=code}. */
    QUERY("query"),
    /** Parameters in the fragment of the redirect URI. */
    FRAGMENT("fragment"),
    /** An HTML form that the browser posts to the redirect URI at once. */
    FORM_POST("form_post");

    private final String wireName;

    ResponseMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The mode with this exact name; empty when there is none. */
    public static Optional<ResponseMode> of(String wireName) {
        for (ResponseMode mode : values()) {
            if (mode.wireName.equals(wireName)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
