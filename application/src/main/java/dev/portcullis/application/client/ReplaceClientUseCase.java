package dev.portcullis.application.client;

/** Replaces a client's metadata (HTTP PUT). */
public interface ReplaceClientUseCase {

    /**
     * Replaces all of the client's metadata with the document's; {@code created_at} and, unless the document
     * sets {@code client_secret}, the secret are kept. When the client newly needs a secret, one is generated
     * and returned once.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found}; {@code invalid_client_metadata} or
     *         {@code invalid_redirect_uri} naming the field; {@code invalid_request} when the document names
     *         another {@code client_id}; {@code conflict} when the client changed concurrently
     */
    ClientDocument replace(ClientReplacement replacement);
}
