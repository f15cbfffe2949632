package dev.portcullis.application.grant;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenSignature;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a grant handler decided a token is for, handed to the {@link TokenIssuer}.
 *
 * @param subject     the resource owner; empty when the client acts on its own behalf, and then the
 *                    JWT's {@code sub} is the client id (RFC 9068 §2.2)
 * @param grantId     the family the token belongs to: {@link TokenIssuer#newGrantId()} for a new one
 * @param extraClaims further JWT claims (for example a consent session's {@code access_token} claims);
 *                    they never override the registered ones
 * @param recordedClaims claims the token's record keeps, so that introspection reports them, and that a JWT access
 *                    token carries too: an exchanged token's {@code act}, the subject a client acts for
 * @param expiresNoLaterThan when the token must expire at the latest, whatever its lifespan: an exchanged token
 *                    never outlives its subject token
 * @param derivedFrom the token an exchanged token was exchanged for, whose revocation revokes it too
 */
public record AccessTokenGrant(
        Client client,
        GrantType grantType,
        Optional<String> subject,
        Scopes scope,
        Audience audience,
        GrantId grantId,
        JsonDocument extraClaims,
        JsonDocument recordedClaims,
        Optional<Instant> expiresNoLaterThan,
        Optional<TokenSignature> derivedFrom) {

    public AccessTokenGrant {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(extraClaims, "extraClaims");
        Objects.requireNonNull(recordedClaims, "recordedClaims");
        Objects.requireNonNull(expiresNoLaterThan, "expiresNoLaterThan");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
    }

    /** A grant whose tokens keep no further claims and expire after their lifespan. */
    public AccessTokenGrant(Client client, GrantType grantType, Optional<String> subject, Scopes scope, Audience audience,
                            GrantId grantId, JsonDocument extraClaims) {
        this(client, grantType, subject, scope, audience, grantId, extraClaims, JsonDocument.EMPTY, Optional.empty(),
                Optional.empty());
    }

    /** The same grant, whose tokens' records keep {@code claims} (which a JWT access token carries too). */
    public AccessTokenGrant withRecordedClaims(JsonDocument claims) {
        return new AccessTokenGrant(client, grantType, subject, scope, audience, grantId, extraClaims, claims,
                expiresNoLaterThan, derivedFrom);
    }

    /** The same grant, whose tokens expire at {@code latest} if their lifespan would take them past it. */
    public AccessTokenGrant expiringNoLaterThan(Instant latest) {
        return new AccessTokenGrant(client, grantType, subject, scope, audience, grantId, extraClaims, recordedClaims,
                Optional.of(latest), derivedFrom);
    }

    /** The same grant, whose tokens are revoked with {@code parent}: an exchanged token and its subject token. */
    public AccessTokenGrant exchangedFrom(TokenSignature parent) {
        return new AccessTokenGrant(client, grantType, subject, scope, audience, grantId, extraClaims, recordedClaims,
                expiresNoLaterThan, Optional.of(parent));
    }

    /** The same grant for other scopes: a refresh token keeps the scopes a refresh must not narrow. */
    public AccessTokenGrant withScope(Scopes other) {
        return new AccessTokenGrant(client, grantType, subject, other, audience, grantId, extraClaims, recordedClaims,
                expiresNoLaterThan, derivedFrom);
    }

    /** The same grant without extra claims, which only access tokens carry. */
    public AccessTokenGrant withoutExtraClaims() {
        return new AccessTokenGrant(client, grantType, subject, scope, audience, grantId, JsonDocument.EMPTY,
                recordedClaims, expiresNoLaterThan, derivedFrom);
    }
}
