package dev.portcullis.application.token;

import java.util.Objects;

/** A revocation request (RFC 7009 §2.1); {@code token_type_hint} is not needed, records know their kind. */
public record RevokeTokenCommand(ClientCredentials credentials, String token) {

    public RevokeTokenCommand {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(token, "token");
    }
}
