package dev.portcullis.application.client;

/** Registers a client. */
public interface CreateClientUseCase {

    /**
     * Registers the client. One that authenticates with a secret gets the chosen secret or a generated 256-bit
     * one; either is in the result and nowhere else, ever. Without a {@code client_id}, a random UUID is
     * assigned.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_client_metadata} for a chosen secret that
     *         is malformed or given to a client that cannot use one; {@code conflict} when the id is taken
     */
    RegisteredClient create(ClientRegistration registration);
}
