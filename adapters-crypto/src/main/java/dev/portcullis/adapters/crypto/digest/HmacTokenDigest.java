package dev.portcullis.adapters.crypto.digest;

import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.domain.token.TokenSignature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

/**
 * HMAC-SHA256 of a token string (its UTF-8 bytes) under a key derived from the system secret, as 43
 * base64url characters without padding. Runs on every token request, so each thread keeps its own
 * initialised {@link Mac} (which is not thread-safe) instead of looking one up and keying it per call.
 */
public final class HmacTokenDigest implements TokenDigest {

    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ThreadLocal<Mac> macs;

    /**
     * @param key at least {@link #MIN_KEY_BYTES} bytes derived from the system secret; copied. Changing it
     *            makes every stored digest unfindable.
     * @throws IllegalArgumentException when the key is too short
     */
    public HmacTokenDigest(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the digest key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
        newMac(spec); // fails at start-up, not at the first token request, when the JDK lacks HMAC-SHA256
        this.macs = ThreadLocal.withInitial(() -> newMac(spec));
    }

    @Override
    public TokenSignature digest(String token) {
        Objects.requireNonNull(token, "token");
        // doFinal resets the Mac to its keyed initial state, ready for the thread's next call.
        byte[] mac = macs.get().doFinal(token.getBytes(StandardCharsets.UTF_8));
        return new TokenSignature(BASE64URL.encodeToString(mac));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        }
    }
}
