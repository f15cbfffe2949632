package dev.portcullis.application.token;

import java.util.Objects;

/** A token endpoint request: who the client says it is and what it asks for. */
public record IssueTokenCommand(ClientCredentials credentials, TokenRequest request) {

    public IssueTokenCommand {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(request, "request");
    }
}
