package dev.portcullis.application.grant;

import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.token.GrantId;

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
 */
public record AccessTokenGrant(
        Client client,
        GrantType grantType,
        Optional<String> subject,
        Scopes scope,
        Audience audience,
        GrantId grantId,
        JsonDocument extraClaims) {

    public AccessTokenGrant {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(extraClaims, "extraClaims");
    }

    /** The same grant for other scopes: a refresh token keeps the scopes a refresh must not narrow. */
    public AccessTokenGrant withScope(Scopes other) {
        return new AccessTokenGrant(client, grantType, subject, other, audience, grantId, extraClaims);
    }

    /** The same grant without extra claims, which only access tokens carry. */
    public AccessTokenGrant withoutExtraClaims() {
        return new AccessTokenGrant(client, grantType, subject, scope, audience, grantId, JsonDocument.EMPTY);
    }
}
