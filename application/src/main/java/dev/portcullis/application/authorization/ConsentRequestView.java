package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;

import java.util.List;
import java.util.Optional;

/**
 * A consent request as the consent app reads it (ORY Hydra's {@code OAuth2ConsentRequest}).
 *
 * @param skip    whether consent is remembered or the client skips it: the app should accept at once
 * @param context what the login app put in its acceptance
 */
public record ConsentRequestView(
        String challenge,
        Optional<String> acr,
        List<String> amr,
        Optional<Client> client,
        JsonDocument context,
        Optional<String> loginSessionId,
        OidcContext oidcContext,
        String requestUrl,
        List<String> requestedScope,
        List<String> requestedAudience,
        boolean skip,
        String subject) {
}
