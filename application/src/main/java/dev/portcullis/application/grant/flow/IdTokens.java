package dev.portcullis.application.grant.flow;

import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.domain.authorization.ConsentAcceptance;
import dev.portcullis.domain.authorization.ConsentedFlow;
import dev.portcullis.domain.authorization.LoginAcceptance;
import dev.portcullis.domain.client.Client;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.grant.GrantType;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Signs OpenID Connect ID tokens (OIDC Core §2) with the {@code id-token} key set: the user's authentication
 * as the flow recorded it, plus the claims the consent app granted in {@code session.id_token}, and those of its
 * userinfo-only claims that the request's {@code claims} parameter asked for in the ID token.
 */
public final class IdTokens {

    /**
     * Claims the consent app cannot set: the ones this server vouches for, and {@code rat}, which it no longer issues
     * (no client asks for it, and OpenID certification warns about a claim nobody requested) but will not let
     * another party put in its name.
     */
    private static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti",
            "auth_time", "nonce", "acr", "amr", "azp", "at_hash", "c_hash", "sid", "rat");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final TokenSettings settings;
    private final TokenCodec codec;
    private final KeyRing keyRing;
    private final Randomness randomness;
    private final Clock clock;

    public IdTokens(TokenSettings settings, TokenCodec codec, KeyRing keyRing, Randomness randomness, Clock clock) {
        this.settings = settings;
        this.codec = codec;
        this.keyRing = keyRing;
        this.randomness = randomness;
        this.clock = clock;
    }

    /**
     * An ID token for the flow's user, issued to {@code client} with {@code accessToken}.
     *
     * @param withNonce whether to repeat the request's {@code nonce}: on the code exchange, not on refresh
     *                  (OIDC Core §12.2)
     */
    public String issue(Client client, GrantType grantType, ConsentedFlow flow, String accessToken, boolean withNonce) {
        return issue(client, grantType, flow, Optional.of(accessToken), withNonce);
    }

    /**
     * An ID token, with {@code at_hash} only when it goes out with {@code accessToken} (OIDC Core §3.2.2.10).
     * Without an access token there is no userinfo to ask, so every claim the consent's scopes release
     * ({@code userinfoClaims}) goes into the ID token itself (OIDC Core §5.4).
     */
    public String issue(Client client, GrantType grantType, ConsentedFlow flow, Optional<String> accessToken,
                        boolean withNonce) {
        LoginAcceptance login = flow.login();
        ConsentAcceptance consent = flow.consent();
        SigningKey key = keyRing.signingKey(KeySetName.ID_TOKEN)
                .orElseThrow(() -> new IllegalStateException("the id-token key set has no key"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(settings.lifespan(client, grantType, TokenKind.ID_TOKEN));
        Map<String, Object> claims = new LinkedHashMap<>();
        consent.idTokenClaims().members().forEach((name, value) -> {
            if (!REGISTERED_CLAIMS.contains(name)) {
                claims.put(name, value);
            }
        });
        // OIDC Core §5.5: the userinfo claims the client's claims parameter asked for in the ID token.
        Map<String, Object> userinfoClaims = consent.userinfoClaims().members();
        Iterable<String> released = accessToken.isPresent() ? flow.request().claims().idToken() : userinfoClaims.keySet();
        for (String name : released) {
            if (userinfoClaims.containsKey(name) && !REGISTERED_CLAIMS.contains(name)) {
                claims.putIfAbsent(name, userinfoClaims.get(name));
            }
        }
        claims.put("iss", settings.issuerValue());
        claims.put("sub", login.subject());
        claims.put("aud", List.of(client.id().value()));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("auth_time", login.authenticatedAt().getEpochSecond());
        if (withNonce) {
            flow.request().nonce().ifPresent(nonce -> claims.put("nonce", nonce));
        }
        login.acr().ifPresent(acr -> claims.put("acr", acr));
        if (!login.amr().isEmpty()) {
            claims.put("amr", login.amr());
        }
        accessToken.ifPresent(token -> claims.put("at_hash", leftHalfHash(token)));
        flow.flow().sessionId().ifPresent(sid -> claims.put("sid", sid));
        claims.put("jti", BASE64URL.encodeToString(randomness.nextBytes(16)));
        return codec.sign(key, "JWT", new JsonDocument(claims));
    }

    /** OIDC Core §3.1.3.6: the left half of the SHA-256 hash (RS256 and ES256 both use it), base64url. */
    static String leftHalfHash(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(Arrays.copyOf(hash, hash.length / 2));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
