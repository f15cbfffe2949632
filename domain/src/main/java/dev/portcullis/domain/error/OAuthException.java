package dev.portcullis.domain.error;

/** The one exception the core throws for a protocol or validation failure; each adapter renders it. */
public final class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient OAuthError error;

    public OAuthException(ErrorCode code, String description) {
        super(code.value() + ": " + description, null, false, false);
        this.error = new OAuthError(code, description);
    }

    public OAuthError error() {
        return error;
    }

    public static OAuthException invalidRequest(String description) {
        return new OAuthException(ErrorCode.INVALID_REQUEST, description);
    }

    public static OAuthException invalidClientMetadata(String description) {
        return new OAuthException(ErrorCode.INVALID_CLIENT_METADATA, description);
    }

    public static OAuthException invalidRedirectUri(String description) {
        return new OAuthException(ErrorCode.INVALID_REDIRECT_URI, description);
    }

    public static OAuthException notFound(String description) {
        return new OAuthException(ErrorCode.NOT_FOUND, description);
    }

    public static OAuthException conflict(String description) {
        return new OAuthException(ErrorCode.CONFLICT, description);
    }
}
