package dev.portcullis.application.registration;

import dev.portcullis.application.client.GetClientUseCase;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.util.Optional;

public final class ReadClientConfigurationService implements ReadClientConfigurationUseCase {

    private final GetClientUseCase clients;
    private final RegistrationTokens tokens;

    public ReadClientConfigurationService(GetClientUseCase clients, RegistrationTokenRepository tokens, TokenDigest digest,
                                          Randomness randomness) {
        this.clients = clients;
        this.tokens = new RegistrationTokens(tokens, digest, randomness);
    }

    @Override
    public ClientConfiguration read(ConfigurationAccess access) {
        ClientId id = tokens.authorize(access);
        Client client = existing(clients, tokens, id);
        return new ClientConfiguration(client, Optional.empty(), tokens.issue(id));
    }

    /**
     * RFC 7592 §2.1: a token of a client that is gone is refused like any wrong one, and revoked. A client an
     * administrator disabled cannot manage itself either, so that it cannot undo that.
     */
    static Client existing(GetClientUseCase clients, RegistrationTokens tokens, ClientId id) {
        Client client;
        try {
            client = clients.get(id.value());
        } catch (OAuthException e) {
            if (e.error().code().equals(ErrorCode.NOT_FOUND)) {
                tokens.remove(id);
                throw RegistrationTokens.refused();
            }
            throw e;
        }
        if (!client.isEnabled()) {
            throw RegistrationTokens.refused();
        }
        return client;
    }
}
