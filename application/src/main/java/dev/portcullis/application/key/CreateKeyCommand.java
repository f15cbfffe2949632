package dev.portcullis.application.key;

import java.util.Objects;

/**
 * Asks for a new key in a set.
 *
 * @param algorithm the JWS {@code alg}, {@code RS256} or {@code ES256}
 * @param use       the JWK {@code use}; only {@code sig} is supported
 */
public record CreateKeyCommand(String set, String algorithm, String use) {

    public CreateKeyCommand {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(use, "use");
    }
}
