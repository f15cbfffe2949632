package dev.portcullis.application.client;

/** Changes part of a client's metadata with a JSON Patch (HTTP PATCH). */
public interface PatchClientUseCase {

    /**
     * Applies the patch to the client's document (as {@link GetClientUseCase} returns it), then validates
     * and stores the result as {@link ReplaceClientUseCase} does. Adding {@code /client_secret} sets a new
     * secret.
     *
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found}; {@code invalid_request} for a
     *         malformed patch, a failing operation, or one that touches {@code client_id} or
     *         {@code created_at}; {@code invalid_client_metadata} or {@code invalid_redirect_uri} when the
     *         result is invalid; {@code conflict} when the client changed concurrently
     */
    ClientDocument patch(ClientPatch patch);
}
