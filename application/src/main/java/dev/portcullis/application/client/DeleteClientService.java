package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

/**
 * Deletes a client with everything it was given: its tokens, and its authorization flows with the consents
 * they hold, and its registration access token, so that a client registered later under the same id starts with
 * nothing.
 */
public final class DeleteClientService implements DeleteClientUseCase {

    private final ClientRepository clients;
    private final TokenRepository tokens;
    private final FlowRepository flows;
    private final RegistrationTokenRepository registrationTokens;

    public DeleteClientService(ClientRepository clients, TokenRepository tokens, FlowRepository flows,
                               RegistrationTokenRepository registrationTokens) {
        this.clients = clients;
        this.tokens = tokens;
        this.flows = flows;
        this.registrationTokens = registrationTokens;
    }

    @Override
    public void delete(String clientId) {
        if (!ClientId.isWellFormed(clientId) || !clients.remove(new ClientId(clientId))) {
            throw OAuthException.notFound("no client with this client_id");
        }
        tokens.removeClient(new ClientId(clientId));
        flows.removeClient(new ClientId(clientId));
        registrationTokens.remove(new ClientId(clientId));
    }
}
