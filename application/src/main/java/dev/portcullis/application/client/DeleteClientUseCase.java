package dev.portcullis.application.client;

/** Deletes a client. */
public interface DeleteClientUseCase {

    /** Deletes the client and every token issued to it. @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    void delete(String clientId);
}
