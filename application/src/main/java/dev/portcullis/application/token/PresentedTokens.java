package dev.portcullis.application.token;

import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.token.TokenRecord;

import java.util.Optional;

/**
 * Finds the record of a token string a caller presented, as introspection and revocation both must: by the
 * keyed hash of the string, without hashing what cannot be a token of this server (empty or over-long).
 */
final class PresentedTokens {

    private static final int LONGEST_TOKEN = 8192;

    private final TokenRepository tokens;
    private final TokenDigest digest;

    PresentedTokens(TokenRepository tokens, TokenDigest digest) {
        this.tokens = tokens;
        this.digest = digest;
    }

    /** The record, revoked or expired ones included; empty for anything this server did not issue. */
    Optional<TokenRecord> find(String token) {
        if (token.isEmpty() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        return tokens.find(digest.digest(token));
    }
}
