package dev.portcullis.application.trust;

import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.ForeignJwts.PublicJwk;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.trust.TrustId;
import dev.portcullis.domain.trust.TrustRelationship;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

public final class RegisterTrustService implements RegisterTrustUseCase {

    /** Far above any issuer or subject seen in practice; bounds what storage indexes. */
    static final int LONGEST_NAME = 1024;

    private final TrustRepository trusts;
    private final ForeignJwts jwts;
    private final Randomness randomness;
    private final Clock clock;

    public RegisterTrustService(TrustRepository trusts, ForeignJwts jwts, Randomness randomness, Clock clock) {
        this.trusts = trusts;
        this.jwts = jwts;
        this.randomness = randomness;
        this.clock = clock;
    }

    @Override
    public TrustRelationship register(TrustRegistration registration) {
        String issuer = registration.issuer().strip();
        if (issuer.isEmpty() || issuer.length() > LONGEST_NAME) {
            throw OAuthException.invalidRequest("issuer is required, at most " + LONGEST_NAME + " characters");
        }
        Optional<String> subject = registration.subject().map(String::strip).filter(s -> !s.isEmpty());
        if (subject.isPresent() == registration.allowAnySubject()) {
            throw OAuthException.invalidRequest("give either subject or allow_any_subject: true, not both and not neither");
        }
        if (subject.filter(s -> s.length() > LONGEST_NAME).isPresent()) {
            throw OAuthException.invalidRequest("subject is at most " + LONGEST_NAME + " characters");
        }
        Scopes scope;
        try {
            scope = Scopes.of(registration.scope());
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("scope holds a value that is not a scope token");
        }
        PublicJwk key = jwts.publicKey(registration.jwk()).orElseThrow(() -> OAuthException.invalidRequest(
                "jwk must be a public RSA (2048 bits or more) or EC key with a kid, and no private part"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant expiresAt = registration.expiresAt()
                .orElseThrow(() -> OAuthException.invalidRequest("expires_at is required"))
                .truncatedTo(ChronoUnit.MILLIS);
        if (!expiresAt.isAfter(now)) {
            throw OAuthException.invalidRequest("expires_at must be in the future");
        }
        TrustRelationship relationship = new TrustRelationship(newId(), issuer, subject, scope, key.keyId(),
                key.members(), expiresAt, now);
        if (!trusts.add(relationship)) {
            throw new OAuthException(ErrorCode.CONFLICT,
                    "the issuer already has a trust relationship for this subject and key id");
        }
        return relationship;
    }

    /** A version 4 UUID (RFC 9562 §5.4) from the randomness port. */
    private TrustId newId() {
        ByteBuffer bytes = ByteBuffer.wrap(randomness.nextBytes(16));
        long high = (bytes.getLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (bytes.getLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new TrustId(new UUID(high, low).toString());
    }
}
