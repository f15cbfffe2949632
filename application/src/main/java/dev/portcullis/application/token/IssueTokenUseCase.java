package dev.portcullis.application.token;

import dev.portcullis.domain.token.IssuedTokens;

/** The token endpoint (RFC 6749 §3.2). */
public interface IssueTokenUseCase {

    /**
     * Authenticates the client, checks it may use the requested grant type, and lets that grant's
     * handler issue the tokens.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_client} (authentication failed),
     *         {@code unsupported_grant_type} (no handler), {@code unauthorized_client} (the client is not
     *         registered for the grant type), or the handler's own RFC 6749 §5.2 code
     */
    IssuedTokens issue(IssueTokenCommand command);
}
