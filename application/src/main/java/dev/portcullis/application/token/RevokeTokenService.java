package dev.portcullis.application.token;

import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.token.TokenRecord;
import dev.portcullis.domain.token.TokenSignature;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

public final class RevokeTokenService implements RevokeTokenUseCase {

    private final ClientAuthenticator authenticator;
    private final TokenRepository tokens;
    private final PresentedTokens presented;

    public RevokeTokenService(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.presented = new PresentedTokens(tokens, digest);
    }

    @Override
    public void revoke(RevokeTokenCommand command) {
        AuthenticatedClient caller = authenticator.authenticate(command.credentials());
        Optional<TokenRecord> found = presented.find(command.token());
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
            revokeDerived(token.signature());
        }
    }

    /**
     * Revokes every token exchanged from {@code parent}, and those exchanged from them, all the way down (RFC 8693:
     * a token never outlasts the one it was exchanged for). Each token is visited once, so a chain ends.
     */
    private void revokeDerived(TokenSignature parent) {
        Deque<TokenSignature> pending = new ArrayDeque<>(tokens.findDerived(parent));
        Set<TokenSignature> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            TokenSignature next = pending.pop();
            if (seen.add(next)) {
                tokens.revoke(next);
                pending.addAll(tokens.findDerived(next));
            }
        }
    }
}
