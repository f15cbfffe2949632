package dev.portcullis.application.client;

import dev.portcullis.domain.client.Client;

/** Reads one client. */
public interface GetClientUseCase {

    /** The client, which holds only the hash of its secret. @throws dev.portcullis.domain.error.OAuthException {@code not_found} */
    Client get(String clientId);
}
