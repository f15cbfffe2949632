package dev.portcullis.application.token;

/** Revokes everything issued to one client (the admin API's {@code DELETE /admin/oauth2/tokens}). */
public interface RevokeClientTokensUseCase {

    /**
     * @return how many token records were removed; zero for an unknown client
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} for a malformed client id
     */
    int revokeAll(String clientId);
}
