package dev.portcullis.application.authorization;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.JsonDocument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A consent in force (ORY Hydra's {@code OAuth2ConsentSession}): what a subject granted a client.
 *
 * @param id              the consent's identifier (also its tokens' grant)
 * @param client          the client, unless it was deleted meanwhile
 * @param rememberFor     seconds, zero for until revoked
 * @param rememberedUntil when a remembered consent stops covering new requests; empty when not remembered
 *                        or remembered until revoked
 */
public record ConsentSessionView(
        String id,
        String subject,
        ClientId clientId,
        Optional<Client> client,
        List<String> requestedScope,
        List<String> requestedAudience,
        List<String> grantScope,
        List<String> grantAudience,
        boolean remember,
        long rememberFor,
        Instant handledAt,
        Optional<Instant> rememberedUntil,
        Optional<String> loginSessionId,
        JsonDocument idTokenClaims,
        JsonDocument accessTokenClaims) {
}
