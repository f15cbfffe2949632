package dev.portcullis.application.token;

import dev.portcullis.domain.grant.Scopes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful token response (RFC 6749 §5.1).
 *
 * @param expiresIn  seconds until the access token expires
 * @param additional further members for extension grants (for example {@code issued_token_type} of
 *                   RFC 8693), plain JSON values; never one of the standard names
 */
public record TokenResponse(
        String accessToken,
        String tokenType,
        long expiresIn,
        Scopes scope,
        Optional<String> refreshToken,
        Optional<String> idToken,
        Map<String, Object> additional) {

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(idToken, "idToken");
        additional = Collections.unmodifiableMap(new LinkedHashMap<>(additional));
        if (expiresIn <= 0) {
            throw new IllegalArgumentException("a token response's access token has not expired yet");
        }
    }

    /** A bearer access token and nothing else. */
    public static TokenResponse bearer(IssuedToken accessToken) {
        return new TokenResponse(accessToken.value(), "bearer", accessToken.expiresIn(), accessToken.record().scope(),
                Optional.empty(), Optional.empty(), Map.of());
    }
}
