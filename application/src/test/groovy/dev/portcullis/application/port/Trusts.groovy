package dev.portcullis.application.port

import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.trust.TrustId
import dev.portcullis.domain.trust.TrustRelationship

import java.time.Duration
import java.time.Instant

/**
 * Trust relationship fixtures for the storage contracts, with safe defaults: {@link #ISSUER} may assert
 * {@code alice} with key {@code key-1} for read and write, created at {@link #NOW} and in force for a day. Ids are
 * UUIDs numbered so that their order is the order of their numbers. Times have milliseconds, the precision the
 * ports keep.
 */
final class Trusts {

    static final String ISSUER = 'https://issuer.example.com'
    static final Instant NOW = Instant.parse('2030-01-01T00:00:00.123Z')

    private Trusts() {
    }

    /** The {@code n}th id: ids sort as their numbers do. */
    static TrustId id(int n) {
        new TrustId(String.format('00000000-0000-4000-8000-%012d', n))
    }

    /** An EC public JWK with the given kid. */
    static JsonDocument publicKey(String kid) {
        new JsonDocument([kty: 'EC', crv: 'P-256', kid: kid, use: 'sig',
                          x  : 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
                          y  : 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0'])
    }

    /**
     * Relationship number {@code n}, built from {@code fields} (issuer, subject, scope, keyId, publicKey, expiresAt,
     * createdAt) over the defaults; {@code subject: null} means any subject.
     */
    static TrustRelationship relationship(Map fields = [:], int n) {
        Map f = [issuer: ISSUER, subject: 'alice', scope: ['read', 'write'], keyId: 'key-1', createdAt: NOW] + fields
        Instant createdAt = f.createdAt as Instant
        new TrustRelationship(id(n), f.issuer as String, Optional.ofNullable(f.subject as String),
                Scopes.of(f.scope as List<String>), f.keyId as String,
                (f.publicKey ?: publicKey(f.keyId as String)) as JsonDocument,
                (f.expiresAt ?: createdAt + Duration.ofDays(1)) as Instant, createdAt)
    }
}
