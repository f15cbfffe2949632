package dev.portcullis.application.client;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientMetadata;

import java.util.Objects;
import java.util.Optional;

/**
 * What a surface asks a client to be, in domain terms: its metadata, already checked by the domain's rules,
 * and the id and secret if it chose them. Each inbound adapter builds one from its own wire format.
 *
 * @param clientId     the chosen {@code client_id}; empty for a generated one (or, on a change, the current one)
 * @param chosenSecret a secret chosen by whoever registers the client, checked by {@link
 *                     dev.portcullis.domain.client.ClientSecret#chosen}; empty to keep the current one or to
 *                     have one generated when the client needs one
 */
public record ClientRegistration(Optional<ClientId> clientId, Optional<String> chosenSecret, ClientMetadata metadata) {

    public ClientRegistration {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(chosenSecret, "chosenSecret");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Metadata alone: a generated id, and a generated secret when the client authenticates with one. */
    public static ClientRegistration of(ClientMetadata metadata) {
        return new ClientRegistration(Optional.empty(), Optional.empty(), metadata);
    }

    @Override
    public String toString() {
        return "ClientRegistration[" + clientId.map(ClientId::value).orElse("(generated)")
                + (chosenSecret.isPresent() ? ", chosen secret" : "") + "]";
    }
}
