package dev.portcullis.application.registration;

import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.application.client.ClientUpdate;
import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.application.client.UpdateClientUseCase;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.ClientMetadata;

/** Replaces a registered client's metadata through the client registry's own use case. */
public final class UpdateClientConfigurationService implements UpdateClientConfigurationUseCase {

    private final GetClientUseCase get;
    private final UpdateClientUseCase update;
    private final RegistrationTokens tokens;
    private final RegistrationPolicy policy;
    private final SectorIdentifiers sectors;

    public UpdateClientConfigurationService(GetClientUseCase get, UpdateClientUseCase update,
                                            RegistrationTokenRepository tokens, TokenDigest digest, Randomness randomness,
                                            RemoteDocuments documents, RegistrationSettings settings) {
        this.sectors = new SectorIdentifiers(documents);
        this.get = get;
        this.update = update;
        this.tokens = new RegistrationTokens(tokens, digest, randomness);
        this.policy = new RegistrationPolicy(settings);
    }

    @Override
    public ClientConfiguration update(ConfigurationChange change) {
        ClientId id = tokens.authorize(change.access());
        Client current = ReadClientConfigurationService.existing(get, tokens, id);
        ClientMetadata metadata = keepAdministered(policy.admit(change.metadata()), current.metadata());
        sectors.check(metadata);
        RegisteredClient changed = update.update(ClientUpdate.replacing(id.value(), ClientRegistration.of(metadata)));
        return new ClientConfiguration(changed.client(), changed.newSecret(), tokens.issue(id));
    }

    /** What only an administrator sets stays as it is: a client replaces only what it may register itself. */
    private static ClientMetadata keepAdministered(ClientMetadata requested, ClientMetadata current) {
        return requested.toBuilder()
                .owner(current.owner())
                .audience(current.audience())
                .actingSubjects(current.actingSubjects())
                .skipConsent(current.skipConsent())
                .registeredScopeByDefault(current.registeredScopeByDefault())
                .enabled(current.enabled())
                .accessTokenStrategy(current.accessTokenStrategy())
                .requirePkce(current.requirePkce())
                .lifespans(current.lifespans())
                .metadata(current.metadata())
                .build();
    }
}
