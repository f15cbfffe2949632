package dev.portcullis.application.client;

/** Changes a client's registration: replaces it (HTTP PUT) or changes part of it (HTTP PATCH). */
public interface UpdateClientUseCase {

    /**
     * Reads the client, lets the update's change compute the registration it is to have, and stores that over the
     * revision it read. All of the metadata is replaced; the creation time and, unless a secret is chosen, the
     * secret are kept. When the client newly needs a secret, one is generated and returned once.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found} before the change is computed; whatever
     *         the change throws; {@code invalid_client_metadata} for a chosen secret the client cannot use;
     *         {@code invalid_request} when the result names another {@code client_id}; {@code conflict} when the
     *         client changed concurrently
     */
    RegisteredClient update(ClientUpdate update);
}
