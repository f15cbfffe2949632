package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.util.Optional;

public final class CreateClientService implements CreateClientUseCase {

    private final ClientRepository clients;
    private final ClientSecrets secrets;
    private final Clock clock;

    public CreateClientService(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        this.clients = clients;
        this.secrets = new ClientSecrets(hasher, randomness);
        this.clock = clock;
    }

    @Override
    public RegisteredClient create(ClientRegistration registration) {
        ClientId id = registration.clientId().orElseGet(() -> new ClientId(secrets.generateClientId()));
        Optional<ClientSecret> secret = secrets.newSecret(registration.chosenSecret(), registration.metadata(),
                registration.metadata().tokenEndpointAuthMethod().usesSecret());
        Client client = Client.register(id, registration.metadata(), secret.map(secrets::hash), clock.instant());
        if (!clients.add(client)) {
            throw OAuthException.conflict("a client with this client_id already exists");
        }
        return new RegisteredClient(client, secret);
    }
}
