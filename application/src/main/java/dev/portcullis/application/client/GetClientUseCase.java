package dev.portcullis.application.client;

/** Reads one client. */
public interface GetClientUseCase {

    /** The client's document, without its secret. @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    ClientDocument get(String clientId);
}
