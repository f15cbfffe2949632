package dev.portcullis.application.key;

/** Reads one key's public part (the admin API's {@code GET /admin/keys/{set}/{kid}}). */
public interface GetKeyUseCase {

    /** @return a set holding just that key. @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    PublicKeys get(String set, String kid);
}
