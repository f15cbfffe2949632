package dev.portcullis.adapters.rest.http;

import dev.portcullis.application.token.ClientCredentials;
import dev.portcullis.domain.error.OAuthException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A form a client posted to the token, introspection or revocation endpoint, and how the client authenticated
 * on it (RFC 6749 §2.3.1).
 *
 * @param parameters every parameter, {@code client_id} and {@code client_secret} included
 * @param presented  the client's credentials, empty when the request carries none at all
 */
public record ClientForm(Map<String, String> parameters, Optional<ClientCredentials> presented) {

    public ClientForm {
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(presented, "presented");
    }

    /**
     * @throws OAuthException {@code invalid_request} for a malformed form or two authentication methods at once,
     *         {@code invalid_client} for malformed Basic credentials
     */
    public static ClientForm read(HttpRequest<?> request, @Nullable String body) {
        Map<String, String> form = FormParameters.parse(body);
        return new ClientForm(form, ClientCredentialsReader.readPresented(request, form));
    }

    /** @throws OAuthException {@code invalid_client} when the client did not authenticate at all */
    public ClientCredentials credentials() {
        return presented.orElseThrow(ClientCredentialsReader::notAuthenticated);
    }

    /** @throws OAuthException {@code invalid_request} when the form lacks {@code name} or has it empty */
    public String required(String name) {
        return FormParameters.required(parameters, name);
    }
}
