package dev.portcullis.application.token;

import dev.portcullis.domain.client.AuthMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * How a client identified itself on a request: the method it used, the {@code client_id} and, for the
 * secret-based methods, the secret as presented (already decoded from HTTP Basic or the form); for
 * {@code private_key_jwt}, the signed JWT it presented as {@code client_assertion} (RFC 7523 §2.2).
 */
public record ClientCredentials(AuthMethod method, String clientId, Optional<String> secret, Optional<String> assertion) {

    public ClientCredentials {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(assertion, "assertion");
        if (method.usesSecret() != secret.isPresent()) {
            throw new IllegalArgumentException("a secret is presented exactly with the secret-based methods");
        }
        if ((method == AuthMethod.PRIVATE_KEY_JWT) != assertion.isPresent()) {
            throw new IllegalArgumentException("an assertion is presented exactly with private_key_jwt");
        }
    }

    public static ClientCredentials basic(String clientId, String secret) {
        return new ClientCredentials(AuthMethod.CLIENT_SECRET_BASIC, clientId, Optional.of(secret), Optional.empty());
    }

    public static ClientCredentials post(String clientId, String secret) {
        return new ClientCredentials(AuthMethod.CLIENT_SECRET_POST, clientId, Optional.of(secret), Optional.empty());
    }

    public static ClientCredentials none(String clientId) {
        return new ClientCredentials(AuthMethod.NONE, clientId, Optional.empty(), Optional.empty());
    }

    /** RFC 7523 §2.2: a JWT signed with one of the client's registered keys. */
    public static ClientCredentials privateKeyJwt(String clientId, String assertion) {
        return new ClientCredentials(AuthMethod.PRIVATE_KEY_JWT, clientId, Optional.empty(), Optional.of(assertion));
    }

    @Override
    public String toString() {
        return "ClientCredentials[" + method.wireName() + ", " + clientId + "]";
    }
}
