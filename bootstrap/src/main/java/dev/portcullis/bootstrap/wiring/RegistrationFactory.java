package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.UpdateClientUseCase;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.registration.DeleteClientConfigurationService;
import dev.portcullis.application.registration.DeleteClientConfigurationUseCase;
import dev.portcullis.application.registration.ReadClientConfigurationService;
import dev.portcullis.application.registration.ReadClientConfigurationUseCase;
import dev.portcullis.application.registration.RegisterClientService;
import dev.portcullis.application.registration.RegisterClientUseCase;
import dev.portcullis.application.registration.RegistrationSettings;
import dev.portcullis.application.registration.UpdateClientConfigurationService;
import dev.portcullis.application.registration.UpdateClientConfigurationUseCase;
import dev.portcullis.bootstrap.config.RegistrationProperties;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.grant.Scopes;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Dynamic client registration, made only when {@code portcullis.registration.enabled} is true. */
@Factory
@Requires(property = "portcullis.registration.enabled", value = StringUtils.TRUE)
final class RegistrationFactory {

    @Singleton
    RegistrationSettings registrationSettings(RegistrationProperties properties) {
        Scopes scopes = Scopes.parse(String.join(" ", properties.scopes()), ErrorCode.INVALID_REQUEST,
                "portcullis.registration.scopes");
        return new RegistrationSettings(Optional.ofNullable(properties.initialAccessToken()), scopes,
                RegistrationSettings.GRANT_TYPES, Optional.ofNullable(properties.requirePkce()));
    }

    @Singleton
    RegisterClientUseCase registerClient(CreateClientUseCase create, RegistrationTokenRepository tokens, TokenDigest digest,
                                         Randomness randomness, RemoteDocuments documents, RegistrationSettings settings) {
        return new RegisterClientService(create, tokens, digest, randomness, documents, settings);
    }

    @Singleton
    ReadClientConfigurationUseCase readClientConfiguration(GetClientUseCase get, RegistrationTokenRepository tokens,
                                                           TokenDigest digest, Randomness randomness) {
        return new ReadClientConfigurationService(get, tokens, digest, randomness);
    }

    @Singleton
    UpdateClientConfigurationUseCase updateClientConfiguration(GetClientUseCase get, UpdateClientUseCase update,
                                                               RegistrationTokenRepository tokens, TokenDigest digest,
                                                               Randomness randomness, RemoteDocuments documents,
                                                               RegistrationSettings settings) {
        return new UpdateClientConfigurationService(get, update, tokens, digest, randomness, documents, settings);
    }

    @Singleton
    DeleteClientConfigurationUseCase deleteClientConfiguration(DeleteClientUseCase delete, RegistrationTokenRepository tokens,
                                                               TokenDigest digest, Randomness randomness) {
        return new DeleteClientConfigurationService(delete, tokens, digest, randomness);
    }
}
