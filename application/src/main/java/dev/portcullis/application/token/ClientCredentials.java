package dev.portcullis.application.token;

import dev.portcullis.domain.client.AuthMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * How a client identified itself on a request: the method it used, the {@code client_id} and, for the
 * secret-based methods, the secret as presented (already decoded from HTTP Basic or the form).
 */
public record ClientCredentials(AuthMethod method, String clientId, Optional<String> secret) {

    public ClientCredentials {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        if (method.usesSecret() != secret.isPresent()) {
            throw new IllegalArgumentException("a secret is presented exactly with the secret-based methods");
        }
        if (method == AuthMethod.PRIVATE_KEY_JWT) {
            throw new IllegalArgumentException("private_key_jwt is not accepted at the token endpoint yet");
        }
    }

    public static ClientCredentials basic(String clientId, String secret) {
        return new ClientCredentials(AuthMethod.CLIENT_SECRET_BASIC, clientId, Optional.of(secret));
    }

    public static ClientCredentials post(String clientId, String secret) {
        return new ClientCredentials(AuthMethod.CLIENT_SECRET_POST, clientId, Optional.of(secret));
    }

    public static ClientCredentials none(String clientId) {
        return new ClientCredentials(AuthMethod.NONE, clientId, Optional.empty());
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + method.wireName() + ", " + clientId + "]";
    }
}
