package dev.portcullis.application.client;

import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.domain.client.ClientMetadata;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.HashedSecret;
import dev.portcullis.domain.error.OAuthException;

import java.util.Optional;

/** Client ids and secrets: generating, accepting a chosen one, hashing, and showing a secret exactly once. */
final class ClientSecrets {

    private final SecretHasher hasher;
    private final Randomness randomness;

    ClientSecrets(SecretHasher hasher, Randomness randomness) {
        this.hasher = hasher;
        this.randomness = randomness;
    }

    /**
     * The new secret a registration or change sets, if any: the chosen one when given, else a generated one
     * when the client needs a secret it does not have.
     *
     * @param needsSecret whether the client authenticates with a secret and holds none that can stay
     * @throws OAuthException {@code invalid_client_metadata} when a secret is given to a client that cannot use one
     */
    Optional<ClientSecret> newSecret(Optional<String> chosen, ClientMetadata metadata, boolean needsSecret) {
        if (chosen.isPresent() && !metadata.tokenEndpointAuthMethod().usesSecret()) {
            throw OAuthException.invalidClientMetadata("client_secret must not be set for token_endpoint_auth_method "
                    + metadata.tokenEndpointAuthMethod().wireName());
        }
        if (chosen.isPresent()) {
            return Optional.of(ClientSecret.chosen(chosen.get()));
        }
        return needsSecret ? Optional.of(generate()) : Optional.empty();
    }

    ClientSecret generate() {
        return ClientSecret.generate(randomness.nextBytes(ClientSecret.GENERATED_BYTES));
    }

    HashedSecret hash(ClientSecret secret) {
        return hasher.hash(secret);
    }

    /** A random version 4 UUID, the form Hydra gives generated client ids. */
    String generateClientId() {
        byte[] b = randomness.nextBytes(16);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        StringBuilder hex = new StringBuilder(36);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                hex.append('-');
            }
            hex.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return hex.toString();
    }
}
