package dev.portcullis.application.authorization;

/** The logout app confirms a logout; the verifier it hands on ends the login session at the end-session endpoint. */
public interface AcceptLogoutRequestUseCase {

    /** @throws dev.portcullis.domain.error.OAuthException as {@link GetLogoutRequestUseCase#get} */
    Redirection accept(String challenge);
}
