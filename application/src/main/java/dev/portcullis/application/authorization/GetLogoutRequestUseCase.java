package dev.portcullis.application.authorization;

/** A logout request, as the logout app reads it from the admin API. */
public interface GetLogoutRequestUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} for an unknown or expired challenge,
     *         {@code request_was_handled_before} once it was answered
     */
    LogoutRequestView get(String challenge);
}
