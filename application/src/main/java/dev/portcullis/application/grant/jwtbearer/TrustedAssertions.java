package dev.portcullis.application.grant.jwtbearer;

import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.ForeignJwts.PublicJwk;
import dev.portcullis.application.port.ForeignJwts.UnverifiedJwt;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.trust.TrustRelationship;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks of RFC 7523 §3 on a JWT from another issuer, for every grant that takes one: the jwt-bearer grant's
 * {@code assertion}, and a token exchange's subject or actor token. A JWT passes when its signature verifies with
 * a key trusted for its {@code iss} and {@code sub} (tried against each such key when it names no {@code kid}),
 * its {@code aud} names this server, it has not expired, lives no longer than the settings allow, is past its
 * {@code nbf}, and has a {@code jti}. Its {@code jti} is recorded apart, by {@link #recordUse}, once the grant has
 * checked everything else, so that a refused request does not burn it.
 *
 * <p>Every refusal is {@code invalid_grant} saying which check failed, naming the JWT by the parameter it came in
 * and never echoing it.
 */
public final class TrustedAssertions {

    /** A JWT that passed every check but the single use of its {@code jti}. */
    public record VerifiedAssertion(String name, String issuer, String subject, String jti, Instant expiresAt,
                                    TrustRelationship trust) {

        public VerifiedAssertion {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(jti, "jti");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(trust, "trust");
        }
    }

    private final TrustRepository trusts;
    private final AssertionRepository assertions;
    private final ForeignJwts jwts;
    private final JwtBearerSettings settings;
    private final Clock clock;

    public TrustedAssertions(TrustRepository trusts, AssertionRepository assertions, ForeignJwts jwts,
                             JwtBearerSettings settings, Clock clock) {
        this.trusts = trusts;
        this.assertions = assertions;
        this.jwts = jwts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether {@code value} has the shape of a signed JWT at all; says nothing of whom it is from. */
    public boolean looksLikeJwt(String value) {
        return jwts.read(value).isPresent();
    }

    /**
     * @param parameter how the refusals name the JWT: {@code the assertion}, {@code the subject_token}
     * @throws OAuthException {@code invalid_grant} naming the first check the JWT fails
     */
    public VerifiedAssertion verify(String assertion, String parameter) {
        UnverifiedJwt jwt = jwts.read(assertion).orElseThrow(() -> refused(parameter + " is not a signed JWT"));
        JsonDocument claims = jwt.claims();
        String issuer = text(claims, "iss", parameter);
        String subject = text(claims, "sub", parameter);
        Instant now = clock.instant();
        TrustRelationship trust = trusted(assertion, jwt, issuer, subject, now, parameter);
        checkAudience(claims, parameter);
        Instant expiry = checkLifetime(claims, now, parameter);
        String jti = text(claims, "jti", parameter);
        return new VerifiedAssertion(parameter, issuer, subject, jti, expiry, trust);
    }

    /**
     * Records the single use of the JWT's {@code jti}, where every server sharing the storage sees it.
     *
     * @throws OAuthException {@code invalid_grant} when it was used before
     */
    public void recordUse(VerifiedAssertion assertion) {
        if (!assertions.recordFirstUse(assertion.issuer(), assertion.jti(), assertion.expiresAt())) {
            throw refused(assertion.name() + " was used before (its jti is known)");
        }
    }

    /** The relationship whose key verifies the JWT: of its issuer, in force, for its subject and kid. */
    private TrustRelationship trusted(String assertion, UnverifiedJwt jwt, String issuer, String subject, Instant now,
                                      String parameter) {
        List<TrustRelationship> candidates = trusts.findActive(issuer, now).stream()
                .filter(trust -> trust.admits(subject))
                .filter(trust -> jwt.keyId().map(trust.keyId()::equals).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            throw refused("no trust relationship in force lets the issuer of " + parameter + " assert its subject"
                    + (jwt.keyId().isPresent() ? " with this key" : ""));
        }
        return candidates.stream()
                .filter(trust -> jwts.verifies(assertion, new PublicJwk(trust.keyId(), trust.publicKey())))
                .findFirst()
                .orElseThrow(() -> refused("the signature of " + parameter + " does not verify with a key trusted for its issuer"));
    }

    private void checkAudience(JsonDocument claims, String parameter) {
        Object aud = claims.members().get("aud");
        boolean named = aud instanceof String one ? settings.accepts(one)
                : aud instanceof Collection<?> many && many.stream().anyMatch(value -> value instanceof String s && settings.accepts(s));
        if (!named) {
            throw refused("the aud of " + parameter + " does not name this server's token endpoint or issuer");
        }
    }

    /** @return the JWT's expiry */
    private Instant checkLifetime(JsonDocument claims, Instant now, String parameter) {
        Instant expiry = time(claims, "exp", parameter).orElseThrow(() -> refused(parameter + " has no exp"));
        if (!expiry.isAfter(now)) {
            throw refused(parameter + " has expired");
        }
        // From iat, unless it lies in the future: a JWT never outlives the longest lifetime from now either.
        Instant from = time(claims, "iat", parameter).filter(iat -> iat.isBefore(now)).orElse(now);
        if (expiry.isAfter(from.plus(settings.maxLifetime()))) {
            throw refused(parameter + " lives longer than " + settings.maxLifetime().toSeconds() + " seconds");
        }
        Optional<Instant> notBefore = time(claims, "nbf", parameter);
        if (notBefore.isPresent() && notBefore.get().isAfter(now)) {
            throw refused(parameter + " is not valid yet (nbf)");
        }
        return expiry;
    }

    private static String text(JsonDocument claims, String name, String parameter) {
        if (claims.members().get(name) instanceof String value && !value.isBlank()) {
            return value;
        }
        throw refused(parameter + " has no " + name);
    }

    private static Optional<Instant> time(JsonDocument claims, String name, String parameter) {
        Object value = claims.members().get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())
                && number.doubleValue() >= 0 && number.doubleValue() < 1e11) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        throw refused(name + " of " + parameter + " is not a NumericDate");
    }

    private static OAuthException refused(String description) {
        return new OAuthException(ErrorCode.INVALID_GRANT, description);
    }
}
