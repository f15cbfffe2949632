package dev.portcullis.application.client;

/** Deletes a client. */
public interface DeleteClientUseCase {

    /** Deletes the client. @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    void delete(String clientId);
}
