package dev.portcullis.adapters.crypto.jose;

import dev.portcullis.application.port.Randomness;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

/**
 * Seals a signing key's private JWK for storage, and opens it again: AES-256-GCM under a key derived from
 * the system secret, with a fresh random 96-bit nonce per sealing. The additional authenticated data binds
 * the key set name and the kid, so a sealed value copied onto another key's row does not open there.
 *
 * <p>The sealed form is {@code v1.<base64url nonce>.<base64url ciphertext and 128-bit tag>}; the version
 * prefix leaves room for another scheme without guessing from the bytes. Thread-safe.
 */
public final class KeySealer {

    public static final int KEY_BYTES = 32;

    private static final String VERSION = "v1";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    // A sealed RSA-2048 JWK is about 2.3 kB; anything far larger is not ours and is not decrypted.
    private static final int MAX_SEALED_LENGTH = 64 * 1024;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Randomness randomness;

    /**
     * @param key        exactly {@link #KEY_BYTES} bytes derived from the system secret; copied. Changing it
     *                   makes every stored private key unreadable.
     * @param randomness the source of nonces
     * @throws IllegalArgumentException when the key is not 32 bytes long
     */
    public KeySealer(byte[] key, Randomness randomness) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the sealing key is " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.randomness = Objects.requireNonNull(randomness, "randomness");
        requireCipher();
    }

    /** The private JWK of key {@code kid} in {@code set}, sealed. */
    public String seal(KeySetName set, KeyId kid, String privateJwk) {
        Objects.requireNonNull(privateJwk, "privateJwk");
        byte[] nonce = randomness.nextBytes(NONCE_BYTES);
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalStateException("the randomness source returned a short nonce");
        }
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, associatedData(set, kid),
                privateJwk.getBytes(StandardCharsets.UTF_8));
        return VERSION + '.' + BASE64URL.encodeToString(nonce) + '.' + BASE64URL.encodeToString(sealed);
    }

    /**
     * The private JWK that {@link #seal} sealed for the same {@code set} and {@code kid} under the same key.
     *
     * @throws IllegalStateException when the value is malformed, was sealed under another key, or was sealed
     *                               for another set or kid; the message never carries key material
     */
    public String open(KeySetName set, KeyId kid, String sealed) {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length() > MAX_SEALED_LENGTH) {
            throw new IllegalStateException("the sealed key of " + set + "/" + kid + " is malformed");
        }
        String[] parts = sealed.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("the sealed key of " + set + "/" + kid + " is not in the v1 format");
        }
        byte[] nonce = decode(parts[1]);
        byte[] ciphertext = decode(parts[2]);
        if (nonce == null || nonce.length != NONCE_BYTES || ciphertext == null || ciphertext.length < TAG_BITS / 8) {
            throw new IllegalStateException("the sealed key of " + set + "/" + kid + " is malformed");
        }
        return new String(run(Cipher.DECRYPT_MODE, nonce, associatedData(set, kid), ciphertext),
                StandardCharsets.UTF_8);
    }

    // A Cipher is neither thread-safe nor, in GCM encryption, reusable with the same nonce: one per call.
    private byte[] run(int mode, byte[] nonce, byte[] associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            // The cause is dropped on purpose: it says nothing useful and must not invite logging key details.
            throw new IllegalStateException("a sealed key does not open: wrong sealing key, or sealed for another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    // Set names and kids cannot contain a line feed, so the encoding is unambiguous.
    private static byte[] associatedData(KeySetName set, KeyId kid) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(kid, "kid");
        return ("portcullis-signing-key/" + VERSION + '\n' + set.value() + '\n' + kid.value())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] decode(String base64url) {
        try {
            return BASE64URL_DECODER.decode(base64url);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static void requireCipher() {
        try {
            Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + TRANSFORMATION, e);
        }
    }
}
