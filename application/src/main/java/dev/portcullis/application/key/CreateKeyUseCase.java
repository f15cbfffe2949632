package dev.portcullis.application.key;

/**
 * Generates a key (the admin API's {@code POST /admin/keys/{set}}). The new key becomes the set's signing
 * key; the older ones stay published, so tokens they signed keep validating until they are deleted.
 */
public interface CreateKeyUseCase {

    /**
     * @return a set holding just the new key's public part
     * @throws dev.portcullis.domain.error.OAuthException {@code invalid_request} for an unsupported
     *         {@code alg} or {@code use}, or a malformed set name
     */
    PublicKeys create(CreateKeyCommand command);
}
