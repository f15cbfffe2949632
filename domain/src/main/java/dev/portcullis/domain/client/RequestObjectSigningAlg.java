package dev.portcullis.domain.client;

import dev.portcullis.domain.error.OAuthException;

import java.util.List;
import java.util.Objects;

/**
 * The JWS algorithm a client signs its request objects with (OIDC Dynamic Client Registration §2
 * {@code request_object_signing_alg}, RFC 9101 §4): one of those this server verifies, or {@code none} for
 * unsigned ones, which carry nothing the query string could not.
 */
public record RequestObjectSigningAlg(String value) {

    /** Every algorithm a request object may use here, {@code none} first. */
    public static final List<String> SUPPORTED = List.of("none", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    public static final RequestObjectSigningAlg NONE = new RequestObjectSigningAlg("none");

    public RequestObjectSigningAlg {
        if (!SUPPORTED.contains(value)) {
            throw new IllegalArgumentException("unsupported request object signing algorithm: " + value);
        }
    }

    /** @throws OAuthException {@code invalid_client_metadata} naming {@code field} when {@code raw} is none of {@link #SUPPORTED} */
    public static RequestObjectSigningAlg parse(String raw, String field) {
        Objects.requireNonNull(field, "field");
        if (raw == null || !SUPPORTED.contains(raw)) {
            throw OAuthException.invalidClientMetadata(field + " must be one of " + String.join(", ", SUPPORTED));
        }
        return new RequestObjectSigningAlg(raw);
    }

    /** Whether request objects are unsigned ({@code alg: none}). */
    public boolean isNone() {
        return this.equals(NONE);
    }

    @Override
    public String toString() {
        return value;
    }
}
