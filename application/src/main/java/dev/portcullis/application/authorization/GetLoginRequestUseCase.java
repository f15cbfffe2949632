package dev.portcullis.application.authorization;

/** A login request, as the login app reads it from the admin API. */
public interface GetLoginRequestUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} for an unknown or expired challenge,
     *         {@code request_was_handled_before} once it was answered
     */
    LoginRequestView get(String challenge);
}
