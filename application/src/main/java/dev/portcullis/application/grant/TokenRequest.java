package dev.portcullis.application.grant;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A token request's grant type and its form parameters (RFC 6749 §4), each at most once: the inbound
 * adapter refuses repeated parameters before building one. Client authentication parameters are not
 * here; the token use case has checked them already.
 */
public record TokenRequest(GrantType grantType, Map<String, String> parameters) {

    public TokenRequest {
        Objects.requireNonNull(grantType, "grantType");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A parameter that must be present and non-empty. @throws OAuthException {@code invalid_request} */
    public String required(String name) {
        return optional(name).orElseThrow(() -> OAuthException.invalidRequest("the " + name + " parameter is required"));
    }

    /** A parameter, empty when absent or empty (RFC 6749 §3.1: empty parameters count as omitted). */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isEmpty());
    }

    /** The requested {@code scope}. @throws OAuthException {@code invalid_scope} when malformed */
    public Scopes scope() {
        return Scopes.parse(parameters.get("scope"), ErrorCode.INVALID_SCOPE, "scope");
    }

    /** The requested {@code audience}: space-separated values, as ORY Hydra takes them. */
    public Audience audience() {
        return Audience.parse(parameters.get("audience"));
    }
}
