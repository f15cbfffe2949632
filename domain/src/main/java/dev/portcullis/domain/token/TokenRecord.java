package dev.portcullis.domain.token;

import dev.portcullis.domain.client.ClientId;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.grant.TokenKind;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server remembers of a token it issued: everything introspection reports, found by the keyed
 * hash of the token string. JWT access tokens have a record too, so that revoking one takes effect.
 *
 * @param subject  the resource owner, empty for a client acting on its own behalf
 * @param audience the audiences the token is meant for, in the order requested
 * @param claims   further claims the token was issued with that introspection reports beside the standard ones:
 *                 the {@code act} of a delegated token (RFC 8693 §4.1), the subject a client acts for
 * @param derivedFrom the token this one was exchanged for (RFC 8693), whose revocation revokes this one too;
 *                 empty for every other token
 */
public record TokenRecord(
        TokenSignature signature,
        TokenKind kind,
        ClientId clientId,
        Optional<String> subject,
        Scopes scope,
        Audience audience,
        Instant issuedAt,
        Instant expiresAt,
        GrantId grantId,
        boolean revoked,
        JsonDocument claims,
        Optional<TokenSignature> derivedFrom) {

    public TokenRecord {
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it was issued");
        }
        if (kind == TokenKind.ID_TOKEN) {
            throw new IllegalArgumentException("ID tokens are not presented back to this server and have no record");
        }
    }

    /** A record without further claims, derived from no other token. */
    public TokenRecord(TokenSignature signature, TokenKind kind, ClientId clientId, Optional<String> subject, Scopes scope,
                       Audience audience, Instant issuedAt, Instant expiresAt, GrantId grantId, boolean revoked) {
        this(signature, kind, clientId, subject, scope, audience, issuedAt, expiresAt, grantId, revoked, JsonDocument.EMPTY,
                Optional.empty());
    }

    /** Whether the token is usable at {@code now}: not revoked, already valid and not yet expired. */
    public boolean isActiveAt(Instant now) {
        return !revoked && !now.isBefore(issuedAt) && now.isBefore(expiresAt);
    }

    public TokenRecord revoke() {
        return new TokenRecord(signature, kind, clientId, subject, scope, audience, issuedAt, expiresAt, grantId, true, claims,
                derivedFrom);
    }
}
