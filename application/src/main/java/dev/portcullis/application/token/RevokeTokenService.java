package dev.portcullis.application.token;

import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.TokenRecord;

import java.util.Optional;

public final class RevokeTokenService implements RevokeTokenUseCase {

    private static final int LONGEST_TOKEN = 8192;

    private final ClientAuthenticator authenticator;
    private final TokenRepository tokens;
    private final TokenDigest digest;

    public RevokeTokenService(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.digest = digest;
    }

    @Override
    public void revoke(RevokeTokenCommand command) {
        AuthenticatedClient caller = authenticator.authenticate(command.credentials());
        Optional<TokenRecord> found = Optional.of(command.token())
                .filter(token -> !token.isEmpty() && token.length() <= LONGEST_TOKEN)
                .flatMap(token -> tokens.find(digest.digest(token)));
        if (found.isEmpty()) {
            return;
        }
        TokenRecord token = found.get();
        if (!token.clientId().equals(caller.client().id())) {
            throw new OAuthException(ErrorCode.UNAUTHORIZED_CLIENT, "the token was not issued to this client");
        }
        if (token.kind() == TokenKind.REFRESH_TOKEN) {
            tokens.revokeGrant(token.grantId());
        } else {
            tokens.revoke(token.signature());
        }
    }
}
