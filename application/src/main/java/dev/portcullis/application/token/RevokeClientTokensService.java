package dev.portcullis.application.token;

import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

public final class RevokeClientTokensService implements RevokeClientTokensUseCase {

    private final TokenRepository tokens;

    public RevokeClientTokensService(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public int revokeAll(String clientId) {
        if (!ClientId.isWellFormed(clientId)) {
            throw OAuthException.invalidRequest("client_id is required and must be a well-formed client id");
        }
        return tokens.removeClient(new ClientId(clientId));
    }
}
