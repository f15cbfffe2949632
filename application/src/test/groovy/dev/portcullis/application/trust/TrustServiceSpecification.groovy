package dev.portcullis.application.trust

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.application.fakes.FakeTrustRepository
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.Randomness
import dev.portcullis.application.port.TrustRepository.TrustQuery
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.trust.TrustRelationship
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/**
 * The fakes every trust service spec runs over. Spock makes a new instance per feature, so each feature gets its
 * own clock, randomness and repository. Keys are judged by {@link FakeForeignJwts}: an RSA or EC JWK with a kid
 * and no {@code d} is a public key.
 */
abstract class TrustServiceSpecification extends Specification {

    static final Instant START = Instant.parse('2030-01-01T00:00:00Z')
    static final String ISSUER = 'https://partner.example.com'
    static final Duration TERM = Duration.ofDays(30)

    MutableClock clock = new MutableClock(START)
    FakeTrustRepository trusts = new FakeTrustRepository()
    FakeForeignJwts jwts = new FakeForeignJwts()

    /** A feature may swap in other randomness before it registers. */
    Randomness randomness = new FakeRandomness()

    RegisterTrustService getRegister() {
        new RegisterTrustService(trusts, jwts, randomness, clock)
    }

    /**
     * What the operator asks to trust: {@link #ISSUER} for alice with key-1 and the scope read, for {@link #TERM},
     * unless {@code fields} (issuer, subject, allowAnySubject, scope, jwk, expiresAt) say otherwise; a null subject
     * or expiresAt is left out.
     */
    TrustRegistration registration(Map fields = [:]) {
        Map f = [issuer: ISSUER, subject: 'alice', allowAnySubject: false, scope: ['read'], jwk: FakeForeignJwts.key('key-1'),
                 expiresAt: clock.instant() + TERM] + fields
        new TrustRegistration(f.issuer as String, Optional.ofNullable(f.subject as String), f.allowAnySubject as boolean,
                f.scope as List<String>, new JsonDocument(f.jwk as Map<String, Object>), Optional.ofNullable(f.expiresAt as Instant))
    }

    TrustRelationship registered(Map fields = [:]) {
        register.register(registration(fields))
    }

    /** Every stored relationship, in id order. */
    List<TrustRelationship> stored() {
        trusts.list(new TrustQuery(Optional.empty(), Optional.empty(), 100_000)).relationships()
    }
}
