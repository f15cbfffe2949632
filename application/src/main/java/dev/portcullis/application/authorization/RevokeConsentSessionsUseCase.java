package dev.portcullis.application.authorization;

/** Revoking consents from the admin API. */
public interface RevokeConsentSessionsUseCase {

    /**
     * Revokes the consents the query names and every token they produced, so a refresh token they yielded stops
     * working at once.
     *
     * @return how many consents were revoked
     */
    int revoke(ConsentSessionQuery query);
}
