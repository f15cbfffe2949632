package dev.portcullis.application.registration;

import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.RegistrationTokenRepository;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.token.TokenSignature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Registration access tokens (RFC 7592 §1): 256 random bits with a readable prefix, kept only as a keyed digest,
 * and the bearer check of every call to a client's configuration endpoint.
 */
final class RegistrationTokens {

    /** Lets secret scanners recognise a leaked registration access token. */
    static final String PREFIX = "pc_rat_";

    private static final int BYTES = 32;

    private final RegistrationTokenRepository tokens;
    private final TokenDigest digest;
    private final Randomness randomness;

    RegistrationTokens(RegistrationTokenRepository tokens, TokenDigest digest, Randomness randomness) {
        this.tokens = tokens;
        this.digest = digest;
        this.randomness = randomness;
    }

    /** A new token for the client, replacing the one it had. @return the token in the clear */
    String issue(ClientId client) {
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.nextBytes(BYTES));
        tokens.put(client, digest.digest(token));
        return token;
    }

    /**
     * The client the call may manage.
     *
     * @throws OAuthException {@code invalid_token} when the token is missing, or is not the client's, or the client
     *         holds none; one answer for all, so that it does not tell which clients exist (RFC 7592 §2.1)
     */
    ClientId authorize(ConfigurationAccess access) {
        if (access.registrationAccessToken().isEmpty()) {
            throw new OAuthException(ErrorCode.INVALID_TOKEN, "a registration access token is required");
        }
        Optional<TokenSignature> presented = digest.digestPresented(access.registrationAccessToken().get());
        Optional<TokenSignature> stored = Optional.of(access.clientId()).filter(ClientId::isWellFormed)
                .flatMap(id -> tokens.find(new ClientId(id)));
        if (presented.isEmpty() || stored.isEmpty() || !sameDigest(presented.get(), stored.get())) {
            throw refused();
        }
        return new ClientId(access.clientId());
    }

    void remove(ClientId client) {
        tokens.remove(client);
    }

    static OAuthException refused() {
        return new OAuthException(ErrorCode.INVALID_TOKEN, "the registration access token is not valid for this client");
    }

    private static boolean sameDigest(TokenSignature a, TokenSignature b) {
        return MessageDigest.isEqual(a.value().getBytes(StandardCharsets.US_ASCII), b.value().getBytes(StandardCharsets.US_ASCII));
    }
}
