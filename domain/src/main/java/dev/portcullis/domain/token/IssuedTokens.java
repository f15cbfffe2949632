package dev.portcullis.domain.token;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Scopes;

import java.util.Optional;

/**
 * What a successful token request issued (RFC 6749 §5.1). The grant extension point answers it as its
 * {@code TokenResponse}; the token use case hands it on to the inbound adapters as this view, so that they
 * never see the extension point itself.
 */
public interface IssuedTokens {

    String accessToken();

    TokenType tokenType();

    /** Seconds until the access token expires; always positive. */
    long expiresIn();

    Scopes scope();

    Optional<String> refreshToken();

    Optional<String> idToken();

    /** Members an extension grant adds, such as RFC 8693's {@code issued_token_type}; never a standard one. */
    JsonDocument additional();
}
