package dev.portcullis.application.grant;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.IssuedTokens;
import dev.portcullis.domain.token.TokenType;

import java.util.Objects;
import java.util.Optional;

/**
 * A successful token response (RFC 6749 §5.1), as a grant handler answers.
 *
 * @param expiresIn  seconds until the access token expires
 * @param additional further members for extension grants (for example {@code issued_token_type} of
 *                   RFC 8693); never one of the standard names
 */
public record TokenResponse(
        String accessToken,
        TokenType tokenType,
        long expiresIn,
        Scopes scope,
        Optional<String> refreshToken,
        Optional<String> idToken,
        JsonDocument additional) implements IssuedTokens {

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(additional, "additional");
        if (expiresIn <= 0) {
            throw new IllegalArgumentException("a token response's access token has not expired yet");
        }
    }

    /** A bearer access token and nothing else. */
    public static TokenResponse bearer(IssuedToken accessToken) {
        return new TokenResponse(accessToken.value(), TokenType.BEARER, accessToken.expiresIn(),
                accessToken.record().scope(), Optional.empty(), Optional.empty(), JsonDocument.EMPTY);
    }
}
