package dev.portcullis.domain.error;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An error code as it appears in the {@code error} member of an OAuth error response. Open: adapters and
 * extensions may define their own, the constants are the codes of the RFCs this server implements.
 */
public record ErrorCode(String value) {

    // RFC 6749 §5.2: error codes use %x20-21 / %x23-5B / %x5D-7E only.
    private static final Pattern ALLOWED = Pattern.compile("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    // RFC 6749 §4.1.2.1 and §5.2
    public static final ErrorCode INVALID_REQUEST = new ErrorCode("invalid_request");
    public static final ErrorCode INVALID_CLIENT = new ErrorCode("invalid_client");
    public static final ErrorCode INVALID_GRANT = new ErrorCode("invalid_grant");
    public static final ErrorCode UNAUTHORIZED_CLIENT = new ErrorCode("unauthorized_client");
    public static final ErrorCode UNSUPPORTED_GRANT_TYPE = new ErrorCode("unsupported_grant_type");
    public static final ErrorCode INVALID_SCOPE = new ErrorCode("invalid_scope");
    public static final ErrorCode ACCESS_DENIED = new ErrorCode("access_denied");
    public static final ErrorCode UNSUPPORTED_RESPONSE_TYPE = new ErrorCode("unsupported_response_type");
    public static final ErrorCode SERVER_ERROR = new ErrorCode("server_error");
    public static final ErrorCode TEMPORARILY_UNAVAILABLE = new ErrorCode("temporarily_unavailable");
    // RFC 6750 §3.1
    public static final ErrorCode INVALID_TOKEN = new ErrorCode("invalid_token");
    public static final ErrorCode INSUFFICIENT_SCOPE = new ErrorCode("insufficient_scope");
    // RFC 7009 §2.2.1
    public static final ErrorCode UNSUPPORTED_TOKEN_TYPE = new ErrorCode("unsupported_token_type");
    // RFC 8707 §2 (and RFC 8693 §2.2.2): a resource or audience the server will not issue a token for
    public static final ErrorCode INVALID_TARGET = new ErrorCode("invalid_target");
    // RFC 7591 §3.2.2
    public static final ErrorCode INVALID_REDIRECT_URI = new ErrorCode("invalid_redirect_uri");
    public static final ErrorCode INVALID_CLIENT_METADATA = new ErrorCode("invalid_client_metadata");
    // OpenID Connect Core §3.1.2.6
    public static final ErrorCode INTERACTION_REQUIRED = new ErrorCode("interaction_required");
    public static final ErrorCode LOGIN_REQUIRED = new ErrorCode("login_required");
    public static final ErrorCode CONSENT_REQUIRED = new ErrorCode("consent_required");
    // Resource management on the admin API, where the RFCs define no code.
    public static final ErrorCode NOT_FOUND = new ErrorCode("not_found");
    public static final ErrorCode CONFLICT = new ErrorCode("conflict");
    /** A login, consent or logout request was answered already (ORY Hydra's code, with status 410). */
    public static final ErrorCode REQUEST_HANDLED_BEFORE = new ErrorCode("request_was_handled_before");
    /**
     * A caller went over its rate limit (HTTP 429, RFC 6585 §4); no RFC defines an OAuth code for it. The
     * response says when to try again in {@code Retry-After}.
     */
    public static final ErrorCode TOO_MANY_REQUESTS = new ErrorCode("too_many_requests");

    public ErrorCode {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("error codes are printable ASCII without '\"' or '\\'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
