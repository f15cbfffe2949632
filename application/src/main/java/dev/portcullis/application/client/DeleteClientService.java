package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

public final class DeleteClientService implements DeleteClientUseCase {

    private final ClientRepository clients;

    public DeleteClientService(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void delete(String clientId) {
        if (!ClientId.isWellFormed(clientId) || !clients.remove(new ClientId(clientId))) {
            throw OAuthException.notFound("no client with this client_id");
        }
    }
}
