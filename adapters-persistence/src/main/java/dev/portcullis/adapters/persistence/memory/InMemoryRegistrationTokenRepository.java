package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.token.TokenSignature;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Registration access token digests in a concurrent map by client; lost on restart like the clients themselves. */
@Singleton
@MemoryStorage
public final class InMemoryRegistrationTokenRepository implements RegistrationTokenRepository {

    private final ConcurrentMap<ClientId, TokenSignature> digests = new ConcurrentHashMap<>();

    @Override
    public void put(ClientId client, TokenSignature digest) {
        digests.put(client, digest);
    }

    @Override
    public Optional<TokenSignature> find(ClientId client) {
        return Optional.ofNullable(digests.get(client));
    }

    @Override
    public boolean remove(ClientId client) {
        return digests.remove(client) != null;
    }
}
