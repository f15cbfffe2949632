package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;

public final class GetClientService implements GetClientUseCase {

    private final StoredClients clients;

    public GetClientService(ClientRepository clients) {
        this.clients = new StoredClients(clients);
    }

    @Override
    public Client get(String clientId) {
        return clients.require(clientId);
    }
}
