package dev.portcullis.domain.trust

import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.Scopes

import java.nio.charset.StandardCharsets
import java.time.Duration
import java.time.Instant

/**
 * Trust relationship fixtures with safe defaults: {@link #ISSUER} may assert {@code alice} with key {@code key-1}
 * for the scopes read and write, created at {@link #CREATED} and in force for a year. A spec names only the fields
 * its behaviour is about.
 */
final class TrustRelationships {

    static final String ISSUER = 'https://issuer.example.com'
    static final Instant CREATED = Instant.parse('2029-12-01T00:00:00Z')
    static final Instant EXPIRES = CREATED + Duration.ofDays(365)

    private TrustRelationships() {
    }

    /** An EC public JWK in the shape the application's fake foreign JWTs accept. */
    static Map<String, Object> publicJwk(String kid) {
        [kty: 'EC', crv: 'P-256', kid: kid, x: 'x', y: 'y']
    }

    /**
     * A relationship built from {@code fields} (id, issuer, subject, scope, keyId, publicKey, expiresAt, createdAt)
     * over the defaults; {@code subject: null} means any subject. Without an id it gets one derived from its issuer,
     * subject and key id, so that relationships differing in those differ in id too.
     */
    static TrustRelationship relationship(Map fields = [:]) {
        Map f = [issuer: ISSUER, subject: 'alice', scope: ['read', 'write'], keyId: 'key-1', expiresAt: EXPIRES,
                 createdAt: CREATED] + fields
        String id = f.id ?: UUID.nameUUIDFromBytes("$f.issuer|$f.subject|$f.keyId".getBytes(StandardCharsets.UTF_8)).toString()
        new TrustRelationship(new TrustId(id), f.issuer as String, Optional.ofNullable(f.subject as String),
                Scopes.of(f.scope as List<String>), f.keyId as String,
                new JsonDocument((f.publicKey ?: publicJwk(f.keyId as String)) as Map<String, Object>),
                f.expiresAt as Instant, f.createdAt as Instant)
    }
}
