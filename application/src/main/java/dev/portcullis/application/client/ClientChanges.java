package dev.portcullis.application.client;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.util.Optional;

/** Applies a new metadata document to a stored client: the part PUT and PATCH share. */
final class ClientChanges {

    private final StoredClients clients;
    private final ClientSecrets secrets;
    private final Clock clock;

    ClientChanges(StoredClients clients, ClientSecrets secrets, Clock clock) {
        this.clients = clients;
        this.secrets = secrets;
        this.clock = clock;
    }

    ClientDocument apply(Client current, ClientDocument document) {
        ClientDocuments.Registration request = ClientDocuments.read(document);
        if (request.clientId().isPresent() && !request.clientId().get().equals(current.id().value())) {
            throw OAuthException.invalidRequest("client_id cannot be changed");
        }
        Optional<ClientSecret> secret = secrets.newSecret(request.clientSecret(), request.metadata(),
                current.needsNewSecretFor(request.metadata()));
        Client changed = current.replace(request.metadata(), secret.map(secrets::hash), clock.instant());
        clients.update(changed);
        return ClientSecrets.withSecret(ClientDocuments.write(changed), secret);
    }
}
