package dev.portcullis.domain.authorization;

import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.Scopes;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent app's answer that the user grants the client some scopes and audiences (Hydra's "accept consent
 * request"), with the claims the tokens of this grant carry.
 *
 * @param remember       whether later requests of the same client for no more than this skip consent
 * @param rememberFor    how long; zero means until revoked
 * @param idTokenClaims  claims added to ID tokens and returned by userinfo
 * @param accessTokenClaims claims added to access tokens and introspection
 * @param userinfoClaims claims returned by userinfo only, and in ID tokens only when the request's {@code claims}
 *                       parameter asks for them there (OIDC Core §5.4, §5.5): what the scopes release with
 *                       {@code response_type=code}
 */
public record ConsentAcceptance(
        Scopes grantScope,
        Audience grantAudience,
        boolean remember,
        Duration rememberFor,
        JsonDocument idTokenClaims,
        JsonDocument accessTokenClaims,
        Instant handledAt,
        JsonDocument userinfoClaims) {

    public ConsentAcceptance {
        Objects.requireNonNull(grantScope, "grantScope");
        Objects.requireNonNull(rememberFor, "rememberFor");
        Objects.requireNonNull(idTokenClaims, "idTokenClaims");
        Objects.requireNonNull(accessTokenClaims, "accessTokenClaims");
        Objects.requireNonNull(handledAt, "handledAt");
        Objects.requireNonNull(grantAudience, "grantAudience");
        Objects.requireNonNull(userinfoClaims, "userinfoClaims");
        if (rememberFor.isNegative()) {
            throw new IllegalArgumentException("remember_for is not negative");
        }
    }

    /** A consent without userinfo-only claims, as Hydra's consent apps answer. */
    public ConsentAcceptance(Scopes grantScope, Audience grantAudience, boolean remember, Duration rememberFor,
                             JsonDocument idTokenClaims, JsonDocument accessTokenClaims, Instant handledAt) {
        this(grantScope, grantAudience, remember, rememberFor, idTokenClaims, accessTokenClaims, handledAt,
                JsonDocument.EMPTY);
    }

    /** Until when later requests may skip consent on the strength of this one; empty when not remembered. */
    public Optional<Instant> rememberedUntil() {
        if (!remember) {
            return Optional.empty();
        }
        return Optional.of(rememberFor.isZero() ? Instant.MAX : handledAt.plus(rememberFor));
    }

    /** Whether this consent, remembered at {@code now}, covers a request for {@code scope} and {@code audience}. */
    public boolean covers(Scopes scope, Audience audience, Instant now) {
        return rememberedUntil().filter(now::isBefore).isPresent()
                && grantScope.containsAll(scope) && grantAudience.containsAll(audience);
    }
}
