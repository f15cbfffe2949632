package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

public final class DeleteClientService implements DeleteClientUseCase {

    private final ClientRepository clients;
    private final TokenRepository tokens;

    public DeleteClientService(ClientRepository clients, TokenRepository tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    @Override
    public void delete(String clientId) {
        if (!ClientId.isWellFormed(clientId) || !clients.remove(new ClientId(clientId))) {
            throw OAuthException.notFound("no client with this client_id");
        }
        tokens.removeClient(new ClientId(clientId));
    }
}
