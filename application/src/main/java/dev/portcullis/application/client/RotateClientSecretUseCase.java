package dev.portcullis.application.client;

/** Replaces a client's secret with a newly generated one. */
public interface RotateClientSecretUseCase {

    /**
     * Generates a new 256-bit secret; the old one stops working at once.
     *
     * @return the client with the new secret, shown this once
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found}; {@code invalid_request} when the
     *         client does not authenticate with a secret; {@code conflict} when it changed concurrently
     */
    RegisteredClient rotate(String clientId);
}
