package dev.portcullis.application.client;

import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

/** Looks up a client named by untrusted input and writes changes back, turning misses into OAuth errors. */
final class StoredClients {

    private final ClientRepository clients;

    StoredClients(ClientRepository clients) {
        this.clients = clients;
    }

    /** @throws OAuthException {@code not_found}, also for an id that no client could have */
    Client require(String rawId) {
        if (!ClientId.isWellFormed(rawId)) {
            throw notFound();
        }
        return clients.find(new ClientId(rawId)).orElseThrow(StoredClients::notFound);
    }

    /** Writes a changed client. @throws OAuthException {@code not_found} if it is gone, {@code conflict} if it changed meanwhile */
    void update(Client changed) {
        if (!clients.update(changed)) {
            if (clients.find(changed.id()).isEmpty()) {
                throw notFound();
            }
            throw OAuthException.conflict("the client was changed by another request; read it again and retry");
        }
    }

    private static OAuthException notFound() {
        return OAuthException.notFound("no client with this client_id");
    }
}
