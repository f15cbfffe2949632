package dev.portcullis.application.authorization;

import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.token.TokenSignature;

import java.util.Base64;
import java.util.Optional;

/**
 * The one-time values of a flow (challenges, verifiers, codes, cookies): 256 random bits each, handed out once
 * and stored only as their keyed hash.
 */
public final class FlowSecrets {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Randomness randomness;
    private final TokenDigest digest;

    public FlowSecrets(Randomness randomness, TokenDigest digest) {
        this.randomness = randomness;
        this.digest = digest;
    }

    /** A fresh secret. */
    String next() {
        return BASE64URL.encodeToString(randomness.nextBytes(32));
    }

    /** A fresh secret with a readable prefix. */
    String next(String prefix) {
        return prefix + next();
    }

    /** Whether {@code value} has the form of a secret from {@link #next()}: 43 base64url characters. */
    static boolean looksLikeOne(String value) {
        return value.length() == 43 && value.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }

    TokenSignature hash(String secret) {
        return digest.digest(secret);
    }

    /** The hash of a presented value; empty when it cannot be one of ours (never worth hashing). */
    Optional<TokenSignature> hashPresented(String presented) {
        return digest.digestPresented(presented);
    }
}
