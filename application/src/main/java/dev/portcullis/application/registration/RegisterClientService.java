package dev.portcullis.application.registration;

import dev.portcullis.application.client.ClientRegistration;
import dev.portcullis.application.client.CreateClientUseCase;
import dev.portcullis.application.client.RegisteredClient;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.RemoteDocuments;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Registers a client through the client registry's own use case, after the checks of {@link RegistrationPolicy}
 * and of its {@code sector_identifier_uri}.
 */
public final class RegisterClientService implements RegisterClientUseCase {

    private final CreateClientUseCase create;
    private final RegistrationTokens tokens;
    private final RegistrationPolicy policy;
    private final Optional<String> initialAccessToken;
    private final SectorIdentifiers sectors;

    public RegisterClientService(CreateClientUseCase create, RegistrationTokenRepository tokens, TokenDigest digest,
                                 Randomness randomness, RemoteDocuments documents, RegistrationSettings settings) {
        this.sectors = new SectorIdentifiers(documents);
        this.create = create;
        this.tokens = new RegistrationTokens(tokens, digest, randomness);
        this.policy = new RegistrationPolicy(settings);
        this.initialAccessToken = settings.initialAccessToken();
    }

    @Override
    public ClientConfiguration register(RegistrationRequest request) {
        checkInitialAccessToken(request.initialAccessToken());
        // RFC 7591 §3.2.1: the server issues the client_id; a registrant never chooses it or its secret.
        ClientMetadata metadata = policy.admit(request.metadata());
        sectors.check(metadata);
        RegisteredClient registered = create.create(ClientRegistration.of(metadata));
        return new ClientConfiguration(registered.client(), registered.newSecret(), tokens.issue(registered.client().id()));
    }

    private void checkInitialAccessToken(Optional<String> presented) {
        if (initialAccessToken.isEmpty()) {
            return;
        }
        if (presented.isEmpty()) {
            throw new OAuthException(ErrorCode.INVALID_TOKEN, "registration requires an initial access token");
        }
        if (!MessageDigest.isEqual(initialAccessToken.get().getBytes(StandardCharsets.UTF_8),
                presented.get().getBytes(StandardCharsets.UTF_8))) {
            throw new OAuthException(ErrorCode.INVALID_TOKEN, "the initial access token is not valid");
        }
    }
}
