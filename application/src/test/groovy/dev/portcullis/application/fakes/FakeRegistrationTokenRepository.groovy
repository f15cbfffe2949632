package dev.portcullis.application.fakes

import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.token.TokenSignature

/** A stateful fake: one digest per client, behind one lock. */
class FakeRegistrationTokenRepository implements RegistrationTokenRepository {

    final Map<ClientId, TokenSignature> digests = [:]

    synchronized void put(ClientId client, TokenSignature digest) {
        digests[client] = digest
    }

    synchronized Optional<TokenSignature> find(ClientId client) {
        Optional.ofNullable(digests[client])
    }

    synchronized boolean remove(ClientId client) {
        digests.remove(client) != null
    }
}
