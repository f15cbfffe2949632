package dev.portcullis.application.client;

/** Registers a client. */
public interface CreateClientUseCase {

    /**
     * Registers the client the document describes. A client that authenticates with a secret gets the
     * chosen {@code client_secret} or a generated 256-bit one; either is in the result and nowhere else, ever.
     * Without {@code client_id}, a random UUID is assigned.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_client_metadata} or
     *         {@code invalid_redirect_uri} naming the field at fault; {@code conflict} when the id is taken
     */
    ClientDocument create(ClientDocument registration);
}
