package dev.portcullis.application.registration;

import dev.portcullis.application.client.DeleteClientUseCase;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

/** Deletes a registered client through the client registry's own use case, then forgets its token. */
public final class DeleteClientConfigurationService implements DeleteClientConfigurationUseCase {

    private final DeleteClientUseCase delete;
    private final RegistrationTokens tokens;

    public DeleteClientConfigurationService(DeleteClientUseCase delete, RegistrationTokenRepository tokens,
                                            TokenDigest digest, Randomness randomness) {
        this.delete = delete;
        this.tokens = new RegistrationTokens(tokens, digest, randomness);
    }

    @Override
    public void delete(ConfigurationAccess access) {
        ClientId id = tokens.authorize(access);
        try {
            delete.delete(id.value());
        } catch (OAuthException e) {
            if (!e.error().code().equals(ErrorCode.NOT_FOUND)) {
                throw e;
            }
            tokens.remove(id);
            throw RegistrationTokens.refused();
        }
        tokens.remove(id);
    }
}
