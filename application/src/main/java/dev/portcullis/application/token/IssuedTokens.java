package dev.portcullis.application.token;

import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.TokenType;

import java.util.Objects;
import java.util.Optional;

/**
 * What the token endpoint answers (RFC 6749 §5.1): the grant handler's response, handed to the inbound
 * adapters, which never see the grant extension point itself.
 *
 * @param expiresIn  seconds until the access token expires
 * @param additional members an extension grant adds, such as RFC 8693's {@code issued_token_type}
 */
public record IssuedTokens(
        String accessToken,
        TokenType tokenType,
        long expiresIn,
        Scopes scope,
        Optional<String> refreshToken,
        Optional<String> idToken,
        JsonDocument additional) {

    public IssuedTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(additional, "additional");
    }

    static IssuedTokens from(TokenResponse response) {
        return new IssuedTokens(response.accessToken(), response.tokenType(), response.expiresIn(), response.scope(),
                response.refreshToken(), response.idToken(), response.additional());
    }

    @Override
    public String toString() {
        return "IssuedTokens[" + tokenType + ", expires in " + expiresIn + " s]";
    }
}
