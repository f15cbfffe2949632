package dev.portcullis.application.registration;

import dev.portcullis.domain.client.ClientMetadata;

import java.util.Objects;
import java.util.Optional;

/**
 * A client registering itself (RFC 7591 §3.1).
 *
 * @param initialAccessToken the bearer token the request carried, if any
 * @param metadata           what the client asks to be, already checked by the domain's rules
 */
public record RegistrationRequest(Optional<String> initialAccessToken, ClientMetadata metadata) {

    public RegistrationRequest {
        Objects.requireNonNull(initialAccessToken, "initialAccessToken");
        Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public String toString() {
        return "RegistrationRequest[" + (initialAccessToken.isPresent() ? "with initial access token" : "open") + "]";
    }
}
