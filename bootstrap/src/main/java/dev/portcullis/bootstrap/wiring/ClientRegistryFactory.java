package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.client.CreateClientService;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.DeleteClientService;
import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.client.GetClientService;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.ListClientsService;
import dev.portcullis.application.client.ListClientsUseCase;
import dev.portcullis.application.client.RotateClientSecretService;
import dev.portcullis.application.client.RotateClientSecretUseCase;
import dev.portcullis.application.client.UpdateClientService;
import dev.portcullis.application.client.UpdateClientUseCase;
import dev.portcullis.application.health.CheckReadinessService;
import dev.portcullis.application.health.CheckReadinessUseCase;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.application.port.StorageHealth;
import dev.portcullis.application.port.TokenRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The client registry's use cases, over whichever storage adapter configuration chose. */
@Factory
final class ClientRegistryFactory {

    @Singleton
    CreateClientUseCase createClient(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        return new CreateClientService(clients, hasher, randomness, clock);
    }

    @Singleton
    GetClientUseCase getClient(ClientRepository clients) {
        return new GetClientService(clients);
    }

    @Singleton
    ListClientsUseCase listClients(ClientRepository clients) {
        return new ListClientsService(clients);
    }

    @Singleton
    UpdateClientUseCase updateClient(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        return new UpdateClientService(clients, hasher, randomness, clock);
    }

    @Singleton
    DeleteClientUseCase deleteClient(ClientRepository clients, TokenRepository tokens, FlowRepository flows,
                                     RegistrationTokenRepository registrationTokens) {
        return new DeleteClientService(clients, tokens, flows, registrationTokens);
    }

    @Singleton
    RotateClientSecretUseCase rotateClientSecret(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        return new RotateClientSecretService(clients, hasher, randomness, clock);
    }

    @Singleton
    CheckReadinessUseCase checkReadiness(StorageHealth storage) {
        return new CheckReadinessService(storage);
    }
}
