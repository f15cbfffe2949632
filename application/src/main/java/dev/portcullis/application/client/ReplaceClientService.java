package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;

import java.time.Clock;

public final class ReplaceClientService implements ReplaceClientUseCase {

    private final StoredClients clients;
    private final ClientChanges changes;

    public ReplaceClientService(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        this.clients = new StoredClients(clients);
        this.changes = new ClientChanges(this.clients, new ClientSecrets(hasher, randomness), clock);
    }

    @Override
    public ClientDocument replace(ClientReplacement replacement) {
        return changes.apply(clients.require(replacement.clientId()), replacement.document());
    }
}
