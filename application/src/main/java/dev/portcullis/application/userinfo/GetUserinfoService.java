package dev.portcullis.application.userinfo;

import dev.portcullis.application.key.KeyRing;
import dev.portcullis.application.port.ClientRepository;
import dev.portcullis.application.port.FlowRepository;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.port.TokenRepository;
import dev.portcullis.application.token.TokenSettings;
import dev.portcullis.domain.authorization.ConsentedFlow;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;
import dev.portcullis.domain.grant.TokenKind;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import dev.portcullis.domain.key.SigningKey;
import dev.portcullis.domain.token.TokenRecord;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Userinfo for an access token issued through the authorization code flow with {@code openid}: found by its
 * keyed hash like any token, so a revoked JWT is refused too; the claims come from the consent behind it: its
 * ID token claims and its userinfo-only ones. A client that registered {@code userinfo_signed_response_alg} gets
 * them as a JWT too (OIDC Core §5.3.2), signed with the {@code id-token} key set's key of that algorithm: its
 * signing key, or else its newest key of that algorithm; when the set has none (its keys changed since the
 * client registered), the signing key, whatever its algorithm.
 */
public final class GetUserinfoService implements GetUserinfoUseCase {

    private static final Set<String> NOT_USER_CLAIMS = Set.of("sub", "iss", "aud", "exp", "iat", "nbf", "jti",
            "auth_time", "nonce", "at_hash", "c_hash", "sid", "azp", "rat");

    private final TokenRepository tokens;
    private final TokenDigest digest;
    private final FlowRepository flows;
    private final ClientRepository clients;
    private final KeyRing keyRing;
    private final TokenCodec codec;
    private final TokenSettings settings;
    private final Clock clock;

    public GetUserinfoService(TokenRepository tokens, TokenDigest digest, FlowRepository flows, ClientRepository clients,
                              KeyRing keyRing, TokenCodec codec, TokenSettings settings, Clock clock) {
        this.tokens = tokens;
        this.digest = digest;
        this.flows = flows;
        this.clients = clients;
        this.keyRing = keyRing;
        this.codec = codec;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Userinfo userinfo(String accessToken) {
        TokenRecord record = digest.digestPresented(accessToken).flatMap(tokens::find)
                .filter(found -> found.kind() == TokenKind.ACCESS_TOKEN && found.isActiveAt(clock.instant()))
                .orElseThrow(() -> new OAuthException(ErrorCode.INVALID_TOKEN, "the access token is not active"));
        String subject = record.subject().orElseThrow(() ->
                new OAuthException(ErrorCode.INVALID_TOKEN, "the access token was not issued for a user"));
        if (!record.scope().includesOpenId()) {
            throw new OAuthException(ErrorCode.INSUFFICIENT_SCOPE, "the access token lacks the openid scope");
        }
        ConsentedFlow flow = flows.findConsentInForce(record.grantId())
                .orElseThrow(() -> new OAuthException(ErrorCode.INVALID_TOKEN, "the consent behind the token was revoked"));
        Map<String, Object> claims = new LinkedHashMap<>();
        // The consent app's ID token claims, then the ones it granted for userinfo only.
        for (JsonDocument granted : List.of(flow.consent().idTokenClaims(), flow.consent().userinfoClaims())) {
            granted.members().forEach((name, value) -> {
                if (!NOT_USER_CLAIMS.contains(name)) {
                    claims.put(name, value);
                }
            });
        }
        Optional<SigningAlgorithm> signedWith = clients.find(record.clientId())
                .flatMap(client -> client.metadata().userinfoSignedResponseAlg());
        return new Userinfo(subject, new JsonDocument(claims),
                signedWith.map(alg -> sign(alg, record, subject, claims)));
    }

    private String sign(SigningAlgorithm algorithm, TokenRecord record, String subject, Map<String, Object> userClaims) {
        List<SigningKey> keys = keyRing.keys(KeySetName.ID_TOKEN);
        if (keys.isEmpty()) {
            throw new IllegalStateException("the id-token key set has no key");
        }
        SigningKey key = keys.stream().filter(candidate -> candidate.algorithm() == algorithm).findFirst().orElse(keys.get(0));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", settings.issuerValue());
        claims.put("sub", subject);
        claims.put("aud", record.clientId().value());
        claims.put("iat", clock.instant().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
        claims.putAll(userClaims);
        return codec.sign(key, "JWT", new JsonDocument(claims));
    }
}
