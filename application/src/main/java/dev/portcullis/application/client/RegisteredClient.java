package dev.portcullis.application.client;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientSecret;

import java.util.Objects;
import java.util.Optional;

/**
 * A client as stored after a registration or change, with the secret in the clear when this change set one:
 * the only time anyone sees it.
 */
public record RegisteredClient(Client client, Optional<ClientSecret> newSecret) {

    public RegisteredClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(newSecret, "newSecret");
    }
}
