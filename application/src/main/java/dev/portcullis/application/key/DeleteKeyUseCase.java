package dev.portcullis.application.key;

/** Deletes a key (the admin API's {@code DELETE /admin/keys/{set}/{kid}}); tokens it signed stop validating. */
public interface DeleteKeyUseCase {

    /**
     * @throws dev.portcullis.domain.error.OAuthException {@code not_found}; {@code conflict} when it is the
     *         last key of a set the server signs with
     */
    void delete(String set, String kid);
}
