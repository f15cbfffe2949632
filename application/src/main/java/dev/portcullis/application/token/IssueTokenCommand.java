package dev.portcullis.application.token;

import dev.portcullis.domain.grant.GrantType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A token endpoint request: who the client says it is, the grant type it asks for, and the grant's own
 * parameters (RFC 6749 §4), each at most once, without those of client authentication.
 */
public record IssueTokenCommand(ClientCredentials credentials, GrantType grantType, Map<String, String> parameters) {

    public IssueTokenCommand {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(grantType, "grantType");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
