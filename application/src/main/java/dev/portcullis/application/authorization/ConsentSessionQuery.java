package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.error.OAuthException;

import dev.portcullis.domain.text.Characters;

import java.util.Objects;
import java.util.Optional;

/** Which consents in force: those of one subject, to one client or to all. */
public record ConsentSessionQuery(String subject, Optional<ClientId> clientId) {

    public ConsentSessionQuery {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(clientId, "clientId");
    }

    /**
     * The query for untrusted parameters; an empty client id means every client.
     *
     * @throws OAuthException {@code invalid_request} without a subject or for a malformed client id
     */
    public static ConsentSessionQuery of(Optional<String> subject, Optional<String> clientId) {
        String given = subject.filter(value -> !value.isEmpty())
                .orElseThrow(() -> OAuthException.invalidRequest("the subject parameter is required"));
        if (Characters.hasControl(given)) {
            throw OAuthException.invalidRequest("subject must not hold control characters");
        }
        Optional<String> client = clientId.filter(value -> !value.isEmpty());
        if (client.isPresent() && !ClientId.isWellFormed(client.get())) {
            throw OAuthException.invalidRequest("client is not a client id");
        }
        return new ConsentSessionQuery(given, client.map(ClientId::new));
    }
}
