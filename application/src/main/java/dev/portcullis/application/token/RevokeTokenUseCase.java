package dev.portcullis.application.token;

/** Token revocation (RFC 7009). */
public interface RevokeTokenUseCase {

    /**
     * Revokes a token of the calling client. Revoking a refresh token revokes every token of its grant.
     * An unknown, expired or already revoked token is not an error (RFC 7009 §2.2).
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_client} when authentication fails;
     *         {@code unauthorized_client} when the token was issued to another client (§2.1)
     */
    void revoke(RevokeTokenCommand command);
}
