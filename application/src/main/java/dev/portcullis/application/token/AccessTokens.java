package dev.portcullis.application.token;

import dev.portcullis.application.grant.AccessTokenGrant;
import dev.portcullis.application.grant.IssuedToken;
import dev.portcullis.application.grant.TokenIssuer;
import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.domain.client.AccessTokenStrategy;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;
import dev.portcullis.domain.token.GrantId;
import dev.portcullis.domain.token.TokenRecord;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TokenIssuer} of the grant handlers: a signed RFC 9068 JWT or an opaque {@code pc_at_} string per
 * the client's strategy, and an opaque {@code pc_rt_} refresh token. Every token gets a record found by the
 * keyed hash of its string; the string itself is not kept.
 */
public final class AccessTokens implements TokenIssuer {

    /** Prefixes that let secret scanners recognise a leaked token (DESIGN.md §6). */
    public static final String ACCESS_TOKEN_PREFIX = "pc_at_";
    public static final String REFRESH_TOKEN_PREFIX = "pc_rt_";
    public static final String CODE_PREFIX = "pc_ac_";

    private static final Set<String> REGISTERED_CLAIMS =
            Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "client_id", "scope");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final TokenSettings settings;
    private final TokenRepository tokens;
    private final TokenDigest digest;
    private final TokenCodec codec;
    private final KeyRing keyRing;
    private final Randomness randomness;
    private final Clock clock;

    public AccessTokens(TokenSettings settings, TokenRepository tokens, TokenDigest digest, TokenCodec codec,
                        KeyRing keyRing, Randomness randomness, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.digest = digest;
        this.codec = codec;
        this.keyRing = keyRing;
        this.randomness = randomness;
        this.clock = clock;
    }

    @Override
    public GrantId newGrantId() {
        return GrantId.startingAt(clock.millis(), randomness.nextBytes(GrantId.RANDOM_BYTES));
    }

    @Override
    public IssuedToken issueAccessToken(AccessTokenGrant grant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = capped(now.plus(settings.lifespan(grant.client(), grant.grantType(), TokenKind.ACCESS_TOKEN)), grant);
        String value = settings.strategyFor(grant.client()) == AccessTokenStrategy.JWT
                ? signed(grant, now, expiresAt)
                : ACCESS_TOKEN_PREFIX + randomString(32);
        return record(value, TokenKind.ACCESS_TOKEN, grant, now, expiresAt);
    }

    @Override
    public IssuedToken issueRefreshToken(AccessTokenGrant grant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = capped(now.plus(settings.lifespan(grant.client(), grant.grantType(), TokenKind.REFRESH_TOKEN)), grant);
        return record(REFRESH_TOKEN_PREFIX + randomString(32), TokenKind.REFRESH_TOKEN, grant, now, expiresAt);
    }

    /**
     * The expiry, or the grant's latest one when that comes first, in whole seconds as every issued time is.
     *
     * @throws IllegalArgumentException when the latest expiry leaves the token less than a second: the handler that
     *         set it checks that first
     */
    private static Instant capped(Instant expiresAt, AccessTokenGrant grant) {
        Instant latest = grant.expiresNoLaterThan().map(instant -> instant.truncatedTo(ChronoUnit.SECONDS)).orElse(expiresAt);
        return latest.isBefore(expiresAt) ? latest : expiresAt;
    }

    private IssuedToken record(String value, TokenKind kind, AccessTokenGrant grant, Instant now, Instant expiresAt) {
        TokenRecord record = new TokenRecord(digest.digest(value), kind, grant.client().id(), grant.subject(),
                grant.scope(), grant.audience(), now, expiresAt, grant.grantId(), false, grant.recordedClaims(), grant.derivedFrom());
        if (!tokens.add(record)) {
            throw new IllegalStateException("two tokens with one signature: the randomness source is broken");
        }
        return new IssuedToken(value, record);
    }

    private String signed(AccessTokenGrant grant, Instant now, Instant expiresAt) {
        SigningKey key = keyRing.signingKey(KeySetName.ACCESS_TOKEN)
                .orElseThrow(() -> new IllegalStateException("the access-token key set has no key"));
        Map<String, Object> claims = new LinkedHashMap<>();
        for (JsonDocument further : List.of(grant.extraClaims(), grant.recordedClaims())) {
            further.members().forEach((name, value) -> {
                if (!REGISTERED_CLAIMS.contains(name)) {
                    claims.put(name, value);
                }
            });
        }
        claims.put("iss", settings.issuerValue());
        claims.put("sub", grant.subject().orElse(grant.client().id().value()));
        claims.put("aud", TokenAudience.ofAccessToken(grant.audience(), settings.issuerValue()));
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("jti", randomString(16));
        claims.put("client_id", grant.client().id().value());
        if (!grant.scope().isEmpty()) {
            claims.put("scope", grant.scope().value());
        }
        return codec.sign(key, "at+jwt", new JsonDocument(claims));
    }

    private String randomString(int bytes) {
        return BASE64URL.encodeToString(randomness.nextBytes(bytes));
    }
}
