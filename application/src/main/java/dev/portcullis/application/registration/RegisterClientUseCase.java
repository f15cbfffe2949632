package dev.portcullis.application.registration;

/** A client registers itself (RFC 7591 §3). */
public interface RegisterClientUseCase {

    /**
     * Registers the client under a generated {@code client_id}, with a generated secret when it authenticates with
     * one, and issues its first registration access token. A client that asks for no scope gets every scope the
     * settings allow.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_token} when an initial access token is
     *         required and the request did not carry it; {@code invalid_client_metadata} when the client asks for a
     *         scope, grant type, audience or privilege a registered client may not have
     */
    ClientConfiguration register(RegistrationRequest request);
}
