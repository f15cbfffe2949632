package dev.portcullis.adapters.rest.compat.authress;

/** What the surface's classes share. */
final class Authress {

    /** The switch of the whole surface; on unless set to {@code false}. */
    static final String ENABLED = "portcullis.compat.authress.enabled";

    /** Authress answers its API in RFC-style link documents; its SDK also takes plain JSON. */
    static final String LINKS_JSON = "application/links+json";

    static final String EXTENSIONS_PATH = "/v1/extensions";
    static final String LOGIN_PATH = "/";
    static final String TOKEN_PATH = "/api/authentication/oauth/tokens";

    private Authress() {
    }
}
