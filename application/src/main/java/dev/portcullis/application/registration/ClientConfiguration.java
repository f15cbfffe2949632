package dev.portcullis.application.registration;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientSecret;

import java.util.Objects;
import java.util.Optional;

/**
 * A registered client as its registrant sees it (RFC 7591 §3.2.1, RFC 7592 §3), with the credentials this call
 * issued in the clear: the only time anyone sees them.
 *
 * @param newSecret               the client secret, when this registration generated one
 * @param registrationAccessToken the new registration access token: every answer issues one and invalidates the
 *                                one that was presented (RFC 7592 §3 allows this), as only its digest is kept
 */
public record ClientConfiguration(Client client, Optional<ClientSecret> newSecret, String registrationAccessToken) {

    public ClientConfiguration {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(newSecret, "newSecret");
        Objects.requireNonNull(registrationAccessToken, "registrationAccessToken");
    }

    @Override
    public String toString() {
        return "ClientConfiguration[" + client.id() + "]";
    }
}
