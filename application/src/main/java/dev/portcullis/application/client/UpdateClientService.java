package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.domain.client.Client;

import java.time.Clock;

public final class UpdateClientService implements UpdateClientUseCase {

    private final StoredClients clients;
    private final ClientChanges changes;

    public UpdateClientService(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        this.clients = new StoredClients(clients);
        this.changes = new ClientChanges(this.clients, new ClientSecrets(hasher, randomness), clock);
    }

    @Override
    public RegisteredClient update(ClientUpdate update) {
        Client current = clients.require(update.clientId());
        return changes.apply(current, update.change().apply(current));
    }
}
