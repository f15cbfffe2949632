package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;

public final class GetClientService implements GetClientUseCase {

    private final StoredClients clients;

    public GetClientService(ClientRepository clients) {
        this.clients = new StoredClients(clients);
    }

    @Override
    public ClientDocument get(String clientId) {
        return new ClientDocument(ClientDocuments.write(clients.require(clientId)));
    }
}
