package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.util.Optional;

public final class RotateClientSecretService implements RotateClientSecretUseCase {

    private final StoredClients clients;
    private final ClientSecrets secrets;
    private final Clock clock;

    public RotateClientSecretService(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        this.clients = new StoredClients(clients);
        this.secrets = new ClientSecrets(hasher, randomness);
        this.clock = clock;
    }

    @Override
    public RegisteredClient rotate(String clientId) {
        Client current = clients.require(clientId);
        if (!current.usesSecret()) {
            throw OAuthException.invalidRequest("the client authenticates with "
                    + current.metadata().tokenEndpointAuthMethod().wireName() + ", not with a secret");
        }
        ClientSecret secret = secrets.generate();
        Client changed = current.withSecret(secrets.hash(secret), clock.instant());
        clients.update(changed);
        return new RegisteredClient(changed, Optional.of(secret));
    }
}
