package dev.portcullis.adapters.crypto.hash;

import dev.portcullis.application.port.PasswordHasher;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.HashedSecret;

/**
 * User passwords under the same PBKDF2-HMAC-SHA256 encoding as chosen client secrets
 * ({@code $pbkdf2-sha256$i=<iterations>$<salt>$<key>}), which involves no server key: a hash made on one
 * machine verifies on every other. Keyed (HMAC) hashes are refused, since they depend on one server's secret.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    private static final String PREFIX = "$pbkdf2-sha256$";

    private final JdkSecretHasher hasher;

    /** @param hasher the client-secret hasher, whose PBKDF2 half this uses */
    public Pbkdf2PasswordHasher(JdkSecretHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String hash(String password) {
        return hasher.hash(ClientSecret.chosen(password)).encoded();
    }

    @Override
    public boolean verify(String password, String encoded) {
        return isWellFormed(encoded) && hasher.verify(password, new HashedSecret(encoded));
    }

    @Override
    public boolean isWellFormed(String encoded) {
        return encoded != null && encoded.startsWith(PREFIX) && encoded.split("\\$", -1).length == 5;
    }
}
