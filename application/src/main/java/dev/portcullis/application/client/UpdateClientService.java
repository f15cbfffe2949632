package dev.portcullis.application.client;

import dev.portcullis.application.patch.JsonPatch;
import dev.portcullis.application.patch.JsonPointer;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.util.List;

public final class PatchClientService implements PatchClientUseCase {

    private static final List<String> IMMUTABLE = List.of(ClientDocuments.CLIENT_ID, ClientDocuments.CREATED_AT);

    private final StoredClients clients;
    private final ClientChanges changes;

    public PatchClientService(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        this.clients = new StoredClients(clients);
        this.changes = new ClientChanges(this.clients, new ClientSecrets(hasher, randomness), clock);
    }

    @Override
    public ClientDocument patch(ClientPatch request) {
        JsonPatch patch = JsonPatch.parse(request.operations());
        for (String member : IMMUTABLE) {
            if (patch.touches(new JsonPointer(List.of(member)))) {
                throw OAuthException.invalidRequest("a patch must not change " + member);
            }
        }
        Client current = clients.require(request.clientId());
        return changes.apply(current, new ClientDocument(patch.apply(ClientDocuments.write(current))));
    }
}
