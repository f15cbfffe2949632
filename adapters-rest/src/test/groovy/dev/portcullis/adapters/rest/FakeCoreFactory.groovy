package dev.portcullis.adapters.rest

import dev.portcullis.application.client.CreateClientService
import dev.portcullis.application.client.CreateClientUseCase
import dev.portcullis.application.client.DeleteClientService
import dev.portcullis.application.client.DeleteClientUseCase
import dev.portcullis.application.client.GetClientService
import dev.portcullis.application.client.GetClientUseCase
import dev.portcullis.application.client.ListClientsService
import dev.portcullis.application.client.ListClientsUseCase
import dev.portcullis.application.client.PatchClientService
import dev.portcullis.application.client.PatchClientUseCase
import dev.portcullis.application.client.ReplaceClientService
import dev.portcullis.application.client.ReplaceClientUseCase
import dev.portcullis.application.client.RotateClientSecretService
import dev.portcullis.application.client.RotateClientSecretUseCase
import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.application.fakes.FakeSecretHasher
import dev.portcullis.application.health.CheckReadinessService
import dev.portcullis.application.health.CheckReadinessUseCase
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.Randomness
import dev.portcullis.application.port.SecretHasher
import io.micronaut.context.annotation.Factory
import jakarta.inject.Singleton

import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

/**
 * The real use cases over the application's in-memory fakes, wired as bootstrap wires them over the real
 * adapters, so that REST specs exercise HTTP, the services and the error mapping together.
 */
@Factory
class FakeCoreFactory {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC)

    @Singleton
    FakeClientRepository clientRepository() {
        new FakeClientRepository()
    }

    @Singleton
    SecretHasher secretHasher() {
        new FakeSecretHasher()
    }

    @Singleton
    Randomness randomness() {
        new FakeRandomness()
    }

    @Singleton
    FakeStorageHealth storageHealth() {
        new FakeStorageHealth()
    }

    @Singleton
    CreateClientUseCase createClient(ClientRepository clients, SecretHasher hasher, Randomness randomness) {
        new CreateClientService(clients, hasher, randomness, clock)
    }

    @Singleton
    GetClientUseCase getClient(ClientRepository clients) {
        new GetClientService(clients)
    }

    @Singleton
    ListClientsUseCase listClients(ClientRepository clients) {
        new ListClientsService(clients)
    }

    @Singleton
    ReplaceClientUseCase replaceClient(ClientRepository clients, SecretHasher hasher, Randomness randomness) {
        new ReplaceClientService(clients, hasher, randomness, clock)
    }

    @Singleton
    PatchClientUseCase patchClient(ClientRepository clients, SecretHasher hasher, Randomness randomness) {
        new PatchClientService(clients, hasher, randomness, clock)
    }

    @Singleton
    DeleteClientUseCase deleteClient(ClientRepository clients) {
        new DeleteClientService(clients)
    }

    @Singleton
    RotateClientSecretUseCase rotateClientSecret(ClientRepository clients, SecretHasher hasher, Randomness randomness) {
        new RotateClientSecretService(clients, hasher, randomness, clock)
    }

    @Singleton
    CheckReadinessUseCase checkReadiness(FakeStorageHealth storage) {
        new CheckReadinessService(storage)
    }
}
