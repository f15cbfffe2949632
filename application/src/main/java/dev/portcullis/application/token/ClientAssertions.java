package dev.portcullis.application.token;

import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.ForeignJwts.PublicJwk;
import dev.portcullis.application.port.ForeignJwts.UnverifiedJwt;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Client authentication with a JWT (RFC 7523 §2.2 and §3, OpenID Connect Core §9 {@code private_key_jwt}): the
 * assertion's {@code iss} and {@code sub} are the client's id, its {@code aud} names the token endpoint or the
 * issuer, it has not expired and lives at most {@link #MAX_LIFETIME}, is past its {@code nbf}, carries a
 * {@code jti} never used before, and its signature verifies with one of the client's keys ({@link ClientKeys}).
 *
 * <p>Every refusal is {@code invalid_client} saying which check failed, never echoing the assertion.
 */
public final class ClientAssertions {

    /** The JWS algorithms an assertion may be signed with: those {@link ForeignJwts#verifies} takes. */
    public static final List<String> SIGNING_ALGORITHMS = List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512");

    /** The longest an assertion may live, from {@code iat} (or now) to {@code exp}. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    // The used jti are kept apart from those of trusted issuers' assertions (RFC 7523 grants), which share the store.
    private static final String JTI_NAMESPACE = "urn:portcullis:client-assertion:";

    private final ForeignJwts jwts;
    private final ClientKeys keys;
    private final AssertionRepository used;
    private final Set<String> audiences;
    private final Clock clock;

    /** @param audiences the values an assertion's {@code aud} may name: the token endpoint's URL and the issuer */
    public ClientAssertions(ForeignJwts jwts, ClientKeys keys, AssertionRepository used, Set<String> audiences, Clock clock) {
        this.jwts = jwts;
        this.keys = keys;
        this.used = used;
        this.audiences = Set.copyOf(audiences);
        this.clock = clock;
    }

    /** @throws OAuthException {@code invalid_client} naming the first check the assertion fails */
    void verify(Client client, String assertion) {
        UnverifiedJwt jwt = jwts.read(assertion).orElseThrow(() -> refused("client_assertion is not a signed JWT"));
        if (!SIGNING_ALGORITHMS.contains(jwt.algorithm())) {
            throw refused("client_assertion is signed with an algorithm not accepted here");
        }
        JsonDocument claims = jwt.claims();
        String id = client.id().value();
        if (!id.equals(claims.members().get("iss")) || !id.equals(claims.members().get("sub"))) {
            throw refused("the iss and sub of client_assertion must both be the client_id");
        }
        checkAudience(claims);
        Instant now = clock.instant();
        Instant expiry = checkLifetime(claims, now);
        if (!(claims.members().get("jti") instanceof String jti) || jti.isBlank()) {
            throw refused("client_assertion has no jti");
        }
        List<PublicJwk> candidates = keys.candidates(client, jwt.keyId());
        if (candidates.stream().noneMatch(key -> jwts.verifies(assertion, key))) {
            throw refused("the signature of client_assertion does not verify with a key of the client");
        }
        // RFC 7523 §3, item 7: single use, recorded last so that a refused assertion does not burn its jti.
        if (!used.recordFirstUse(JTI_NAMESPACE + id, jti, expiry)) {
            throw refused("client_assertion was used before (its jti is known)");
        }
    }

    private void checkAudience(JsonDocument claims) {
        Object aud = claims.members().get("aud");
        boolean named = aud instanceof String one ? audiences.contains(one)
                : aud instanceof Collection<?> many && many.stream().anyMatch(audiences::contains);
        if (!named) {
            throw refused("the aud of client_assertion must name the token endpoint or the issuer");
        }
    }

    private static Instant checkLifetime(JsonDocument claims, Instant now) {
        Instant expiry = time(claims, "exp").orElseThrow(() -> refused("client_assertion has no exp"));
        if (!expiry.isAfter(now)) {
            throw refused("client_assertion has expired");
        }
        Instant from = time(claims, "iat").filter(iat -> iat.isBefore(now)).orElse(now);
        if (expiry.isAfter(from.plus(MAX_LIFETIME))) {
            throw refused("client_assertion lives longer than " + MAX_LIFETIME.toSeconds() + " seconds");
        }
        Optional<Instant> notBefore = time(claims, "nbf");
        if (notBefore.isPresent() && notBefore.get().isAfter(now)) {
            throw refused("client_assertion is not valid yet (nbf)");
        }
        return expiry;
    }

    private static Optional<Instant> time(JsonDocument claims, String name) {
        Object value = claims.members().get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())
                && number.doubleValue() >= 0 && number.doubleValue() < 1e11) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        throw refused(name + " of client_assertion is not a NumericDate");
    }

    private static OAuthException refused(String description) {
        return new OAuthException(ErrorCode.INVALID_CLIENT, "client authentication failed: " + description);
    }
}
