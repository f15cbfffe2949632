package dev.portcullis.application.client;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.util.Optional;

/** Applies a new registration to a stored client: the part PUT and PATCH share. */
final class ClientChanges {

    private final StoredClients clients;
    private final ClientSecrets secrets;
    private final Clock clock;

    ClientChanges(StoredClients clients, ClientSecrets secrets, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.clock = clock;
    }

    RegisteredClient apply(Client current, ClientRegistration registration) {
        if (registration.clientId().isPresent() && !registration.clientId().get().equals(current.id())) {
            throw OAuthException.invalidRequest("client_id cannot be changed");
        }
        Optional<ClientSecret> secret = secrets.newSecret(registration.chosenSecret(), registration.metadata(),
                current.needsNewSecretFor(registration.metadata()));
        Client changed = current.replace(registration.metadata(), secret.map(secrets::hash), clock.instant());
        clients.update(changed);
        return new RegisteredClient(changed, secret);
    }
}
