package dev.portcullis.application.token;

import dev.portcullis.domain.grant.Scopes;

import java.util.Objects;
import java.util.Optional;

/**
 * An introspection request.
 *
 * @param caller        the client asking, on the public endpoint; empty on the admin API, whose caller was
 *                      checked by the admin API's own authentication
 * @param requiredScope a token lacking any of these scopes is reported inactive
 */
public record IntrospectTokenCommand(Optional<ClientCredentials> caller, String token, Scopes requiredScope) {

    public IntrospectTokenCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(requiredScope, "requiredScope");
    }
}
