package dev.portcullis.adapters.persistence.memory;

import dev.portcullis.adapters.persistence.MemoryStorage;
import dev.portcullis.application.port.StorageHealth;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Memory is always there. */
@Singleton
@MemoryStorage
public final class InMemoryStorageHealth implements StorageHealth {

    @Override
    public Optional<String> problem() {
        return Optional.empty();
    }
}
