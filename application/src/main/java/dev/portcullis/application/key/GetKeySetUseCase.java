package dev.portcullis.application.key;

/** Reads a key set's public keys (the admin API's {@code GET /admin/keys/{set}}). */
public interface GetKeySetUseCase {

    /** @throws dev.portcullis.domain.error.OAuthException {@code not_found} when the set has no key */
    PublicKeys get(String set);
}
