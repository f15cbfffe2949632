package dev.portcullis.application.token;

import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.token.TokenRecord;

import java.util.Optional;

/** Finds the record of a token string a caller presented, as introspection and revocation both must. */
final class PresentedTokens {

    private final TokenRepository tokens;
    private final TokenDigest digest;

    PresentedTokens(TokenRepository tokens, TokenDigest digest) {
        this.tokens = tokens;
        this.digest = digest;
    }

    /** The record, revoked or expired ones included; empty for anything this server did not issue. */
    Optional<TokenRecord> find(String token) {
        return digest.digestPresented(token).flatMap(tokens::find);
    }
}
