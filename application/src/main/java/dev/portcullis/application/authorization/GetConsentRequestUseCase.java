package dev.portcullis.application.authorization;

/** A consent request, as the consent app reads it from the admin API. */
public interface GetConsentRequestUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} for an unknown or expired challenge,
     *         {@code request_was_handled_before} once it was answered
     */
    ConsentRequestView get(String challenge);
}
