package dev.portcullis.domain.client;

import dev.portcullis.domain.error.OAuthException;

import java.util.Base64;
import java.util.Objects;

/**
 * A client secret in the clear, as generated or as chosen by whoever registered the client. It exists only
 * while a request is handled: the client record keeps a {@link HashedSecret}.
 *
 * @param generated whether the server generated it with {@link #GENERATED_BYTES} bytes of randomness; only
 *                  such a secret may be stored under a fast hash
 */
public record ClientSecret(String value, boolean generated) {

    public static final int GENERATED_BYTES = 32;
    public static final int MIN_CHOSEN_LENGTH = 8;
    public static final int MAX_LENGTH = 512;

    public ClientSecret {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a client secret has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** A new secret from {@link #GENERATED_BYTES} random bytes (256 bits), base64url-encoded. */
    public static ClientSecret generate(byte[] randomBytes) {
        if (randomBytes.length != GENERATED_BYTES) {
            throw new IllegalArgumentException("a generated secret needs exactly " + GENERATED_BYTES + " random bytes");
        }
        return new ClientSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes), true);
    }

    /**
     * A secret chosen at registration. @throws OAuthException {@code invalid_client_metadata} when it is
     * shorter than {@link #MIN_CHOSEN_LENGTH}, longer than {@link #MAX_LENGTH} or not VSCHAR (RFC 6749 A.2)
     */
    public static ClientSecret chosen(String raw) {
        if (raw == null || raw.length() < MIN_CHOSEN_LENGTH || raw.length() > MAX_LENGTH
                || !raw.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw OAuthException.invalidClientMetadata("client_secret must be " + MIN_CHOSEN_LENGTH + " to " + MAX_LENGTH
                    + " printable ASCII characters");
        }
        return new ClientSecret(raw, false);
    }

    @Override
    public String toString() {
        return "ClientSecret[***]";
    }
}
