package dev.portcullis.application.grant.jwtbearer;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.AuthenticatedClient;
import dev.portcullis.application.grant.GrantHandler;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.grant.TokenRequest;
import dev.portcullis.application.grant.TokenResponse;
import dev.portcullis.application.port.AssertionRepository;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.application.port.ForeignJwts.PublicJwk;
import dev.portcullis.application.port.ForeignJwts.UnverifiedJwt;
import dev.portcullis.application.port.TrustRepository;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.Audience;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.Scopes;
import dev.portcullis.domain.trust.TrustRelationship;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * RFC 7523 §2.1: a JWT assertion from a trusted issuer is the grant. It is accepted only when its signature
 * verifies with a key trusted for its {@code iss} and {@code sub} (tried against each such key when it names no
 * {@code kid}), its {@code aud} names this server, it has not expired, lives no longer than the settings allow,
 * is past its {@code nbf}, and its {@code jti} was never used before. The token is the assertion's subject's, with
 * the scope asked for, which must lie within the relationship's scope and the client's.
 *
 * <p>Every refusal is {@code invalid_grant} saying which check failed, except scope ({@code invalid_scope}); the
 * assertion is never echoed. The {@code jti} is recorded last, so a refused assertion does not burn its id.
 */
public final class JwtBearerGrantHandler implements GrantHandler {

    private final TokenIssuer tokens;
    private final TrustRepository trusts;
    private final AssertionRepository assertions;
    private final ForeignJwts jwts;
    private final JwtBearerSettings settings;
    private final Clock clock;

    public JwtBearerGrantHandler(TokenIssuer tokens, TrustRepository trusts, AssertionRepository assertions,
                                 ForeignJwts jwts, JwtBearerSettings settings, Clock clock) {
        this.tokens = tokens;
        this.trusts = trusts;
        this.assertions = assertions;
        this.jwts = jwts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public GrantType grantType() {
        return GrantType.JWT_BEARER;
    }

    @Override
    public TokenResponse handle(TokenRequest request, AuthenticatedClient authenticated) {
        String assertion = request.required("assertion");
        UnverifiedJwt jwt = jwts.read(assertion).orElseThrow(() -> refused("the assertion is not a signed JWT"));
        JsonDocument claims = jwt.claims();
        String issuer = text(claims, "iss");
        String subject = text(claims, "sub");
        Instant now = clock.instant();
        TrustRelationship trust = trusted(assertion, jwt, issuer, subject, now);
        checkAudience(claims);
        Instant expiry = checkLifetime(claims, now);
        String jti = text(claims, "jti");

        Client client = authenticated.client();
        Scopes scope = request.scope();
        if (!trust.scope().containsAll(scope)) {
            throw new OAuthException(ErrorCode.INVALID_SCOPE,
                    "scope holds a scope the trust relationship of this issuer does not allow");
        }
        scope = client.permitScope(scope, "scope");
        Audience audience = client.permitAudience(request.audience(), "audience");
        if (!assertions.recordFirstUse(issuer, jti, expiry)) {
            throw refused("the assertion was used before (its jti is known)");
        }
        AccessTokenGrant grant = new AccessTokenGrant(client, grantType(), Optional.of(subject), scope, audience,
                tokens.newGrantId(), JsonDocument.EMPTY);
        return TokenResponse.bearer(tokens.issueAccessToken(grant));
    }

    /** The relationship whose key verifies the assertion: of its issuer, in force, for its subject and kid. */
    private TrustRelationship trusted(String assertion, UnverifiedJwt jwt, String issuer, String subject, Instant now) {
        List<TrustRelationship> candidates = trusts.findActive(issuer, now).stream()
                .filter(trust -> trust.admits(subject))
                .filter(trust -> jwt.keyId().map(trust.keyId()::equals).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            throw refused("no trust relationship in force lets this issuer assert this subject"
                    + (jwt.keyId().isPresent() ? " with this key" : ""));
        }
        return candidates.stream()
                .filter(trust -> jwts.verifies(assertion, new PublicJwk(trust.keyId(), trust.publicKey())))
                .findFirst()
                .orElseThrow(() -> refused("the assertion's signature does not verify with a key trusted for its issuer"));
    }

    private void checkAudience(JsonDocument claims) {
        Object aud = claims.members().get("aud");
        boolean named = aud instanceof String one ? settings.accepts(one)
                : aud instanceof Collection<?> many && many.stream().anyMatch(value -> value instanceof String s && settings.accepts(s));
        if (!named) {
            throw refused("aud does not name this server's token endpoint or issuer");
        }
    }

    /** @return the assertion's expiry */
    private Instant checkLifetime(JsonDocument claims, Instant now) {
        Instant expiry = time(claims, "exp").orElseThrow(() -> refused("the assertion has no exp"));
        if (!expiry.isAfter(now)) {
            throw refused("the assertion has expired");
        }
        // From iat, unless it lies in the future: an assertion never outlives the longest lifetime from now either.
        Instant from = time(claims, "iat").filter(iat -> iat.isBefore(now)).orElse(now);
        if (expiry.isAfter(from.plus(settings.maxLifetime()))) {
            throw refused("the assertion lives longer than " + settings.maxLifetime().toSeconds() + " seconds");
        }
        Optional<Instant> notBefore = time(claims, "nbf");
        if (notBefore.isPresent() && notBefore.get().isAfter(now)) {
            throw refused("the assertion is not valid yet (nbf)");
        }
        return expiry;
    }

    private static String text(JsonDocument claims, String name) {
        if (claims.members().get(name) instanceof String value && !value.isBlank()) {
            return value;
        }
        throw refused("the assertion has no " + name);
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
        throw refused(name + " is not a NumericDate");
    }

    private static OAuthException refused(String description) {
        return new OAuthException(ErrorCode.INVALID_GRANT, description);
    }
}
