package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.Client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A login request as the login app reads it (ORY Hydra's {@code OAuth2LoginRequest}).
 *
 * @param client    the client that asks, unless it was deleted meanwhile
 * @param sessionId the remembered login session, when {@code skip} is true
 * @param skip      whether a remembered login stands: the app must accept it with {@code subject}, without
 *                  asking for credentials
 * @param subject   the remembered subject when {@code skip}, otherwise empty
 * @param context   what the request asked of the login app beyond OpenID Connect: {@code connection}, the
 *                  identity provider the user should log in with (Auth0's parameter), when it named one
 * @param expiresAt when the request stops waiting for an answer
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
        OidcContext oidcContext,
        Map<String, String> context,
        Instant expiresAt) {

    /** The authorization request parameters that reach the login app through {@code context}. */
    public static final List<String> CONTEXT_PARAMETERS = List.of("connection");

    public LoginRequestView {
        context = Map.copyOf(context);
    }
}
