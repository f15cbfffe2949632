package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.Client;

import java.util.Optional;

/**
 * A logout request as the logout app reads it (ORY Hydra's {@code OAuth2LogoutRequest}).
 *
 * @param client the client that sent the user, when a relying party initiated the logout
 */
public record LogoutRequestView(String challenge, String subject, String sessionId, String requestUrl,
                                boolean rpInitiated, Optional<Client> client) {
}
