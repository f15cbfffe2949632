package dev.portcullis.application.grant;

import dev.portcullis.domain.client.AuthMethod;
import dev.portcullis.domain.client.Client;

import java.util.Objects;

/** A client whose credentials were checked on this request, and the method it proved itself with. */
public record AuthenticatedClient(Client client, AuthMethod method) {

    public AuthenticatedClient {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(method, "method");
    }
}
