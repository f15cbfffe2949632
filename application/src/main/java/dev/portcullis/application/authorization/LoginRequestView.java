package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.Client;

import java.util.List;
import java.util.Optional;

/**
 * A login request as the login app reads it (ORY Hydra's {@code OAuth2LoginRequest}).
 *
 * @param client    the client that asks, unless it was deleted meanwhile
 * @param sessionId the remembered login session, when {@code skip} is true
 * @param skip      whether a remembered login stands: the app must accept it with {@code subject}, without
 *                  asking for credentials
 * @param subject   the remembered subject when {@code skip}, otherwise empty
 */
public record LoginRequestView(
        String challenge,
        Optional<Client> client,
        String requestUrl,
        List<String> requestedScope,
        List<String> requestedAudience,
        Optional<String> sessionId,
        boolean skip,
        String subject,
        OidcContext oidcContext) {
}
