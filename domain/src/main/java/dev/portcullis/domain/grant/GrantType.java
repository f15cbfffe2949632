package dev.portcullis.domain.grant;

import dev.portcullis.domain.text.Characters;

import java.util.Objects;

/**
 * A {@code grant_type} value: a name registered by RFC 6749 or an extension grant's absolute URI
 * (RFC 6749 §4.5). Open, so that new grant types are added without touching this type.
 */
public record GrantType(String value) {

    public static final GrantType AUTHORIZATION_CODE = new GrantType("authorization_code");
    public static final GrantType IMPLICIT = new GrantType("implicit");
    public static final GrantType REFRESH_TOKEN = new GrantType("refresh_token");
    public static final GrantType CLIENT_CREDENTIALS = new GrantType("client_credentials");
    public static final GrantType JWT_BEARER = new GrantType("urn:ietf:params:oauth:grant-type:jwt-bearer");
    public static final GrantType TOKEN_EXCHANGE = new GrantType("urn:ietf:params:oauth:grant-type:token-exchange");
    public static final GrantType DEVICE_CODE = new GrantType("urn:ietf:params:oauth:grant-type:device_code");

    public GrantType {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a grant type is a name or an absolute URI without spaces");
        }
    }

    /** Whether {@code raw} can be a grant type, for callers that must reject untrusted input with an OAuth error. */
    public static boolean isWellFormed(String raw) {
        return Characters.isAlphanumericOr(raw, "._~:/-", 1, 255);
    }

    @Override
    public String toString() {
        return value;
    }
}
