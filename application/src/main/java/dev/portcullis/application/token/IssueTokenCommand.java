package dev.portcullis.application.token;

import dev.portcullis.domain.grant.GrantType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A token endpoint request: who the client says it is, the grant type it asks for, and the grant's own
 * parameters (RFC 6749 §4), each at most once, without those of client authentication.
 *
 * @param credentials empty when the request carries no client authentication at all, which only a grant that
 *                    shows its client otherwise accepts (RFC 8693 downscoping)
 */
public record IssueTokenCommand(Optional<ClientCredentials> credentials, GrantType grantType,
                                Map<String, String> parameters) {

    public IssueTokenCommand {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(grantType, "grantType");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A request whose client authenticated. */
    public IssueTokenCommand(ClientCredentials credentials, GrantType grantType, Map<String, String> parameters) {
        this(Optional.of(credentials), grantType, parameters);
    }
}
