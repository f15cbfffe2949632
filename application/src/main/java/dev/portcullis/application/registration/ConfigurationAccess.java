package dev.portcullis.application.registration;

import java.util.Objects;
import java.util.Optional;

/**
 * A call to a client's configuration endpoint (RFC 7592 §2): the client it names and the registration access
 * token it carried as its bearer token, if any.
 */
public record ConfigurationAccess(String clientId, Optional<String> registrationAccessToken) {

    public ConfigurationAccess {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(registrationAccessToken, "registrationAccessToken");
    }

    @Override
    public String toString() {
        return "ConfigurationAccess[" + clientId + "]";
    }
}
