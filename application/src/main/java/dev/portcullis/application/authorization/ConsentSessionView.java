package dev.portcullis.application.authorization;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A consent in force (ORY Hydra's {@code OAuth2ConsentSession}): what a subject granted a client.
 *
 * @param id              the consent's identifier (also its tokens' grant)
 * @param rememberFor     seconds, zero for until revoked
 * @param rememberedUntil when a remembered consent stops covering new requests; empty when not remembered
 *                        or remembered until revoked
 */
public record ConsentSessionView(
        String id,
        String subject,
        Map<String, Object> client,
        List<String> requestedScope,
        List<String> requestedAudience,
        List<String> grantScope,
        List<String> grantAudience,
        boolean remember,
        long rememberFor,
        Instant handledAt,
        Optional<Instant> rememberedUntil,
        Optional<String> loginSessionId,
        Map<String, Object> idTokenClaims,
        Map<String, Object> accessTokenClaims) {
}
