package dev.portcullis.adapters.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.portcullis.application.port.TokenCodec;
import dev.portcullis.domain.client.JsonDocument;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import dev.portcullis.domain.key.SigningKey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Signs and verifies compact JWS tokens (RFC 7515) with Nimbus JOSE+JWT, for RS256 and ES256 keys.
 *
 * <p>Signing is on the path of every token request, so a key is opened (unsealed and parsed) once and its
 * signer kept, keyed by set, kid and sealed value: a rotated or re-sealed key gets a new entry. The encoded
 * header is kept per {@code typ} too, so a signature costs one JSON serialisation of the claims and the
 * signature itself. Verifiers are built from the public JWK alone and kept the same way; verification never
 * unseals a private key. Nimbus's RSA and EC signers and verifiers take a fresh JCA {@code Signature} per
 * call, so sharing them between threads is safe.
 *
 * <p>Verification accepts a token only when its {@code alg} is exactly the algorithm of the key its
 * {@code kid} names: {@code none}, HMAC and any algorithm swap fail. ECDSA signatures are in the JOSE form
 * ({@code R || S}, RFC 7518 §3.4); Nimbus converts to and from the DER form the JCA uses.
 *
 * <p>A JCA provider other than the JDK's (a native one such as Amazon Corretto Crypto Provider, see
 * {@link NativeProviders}) can be given for signing and verification: keys are then imported into that
 * provider once, so it never converts a foreign key on the hot path.
 */
public final class NimbusTokenCodec implements TokenCodec {

    // Far above any token this server issues; bounds the work spent on a hostile string.
    static final int MAX_TOKEN_LENGTH = 16 * 1024;
    // Keys are few; the bound only stops a long-running server accumulating retired keys without end.
    private static final int MAX_CACHED_KEYS = 256;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeySealer sealer;
    private final Provider provider;
    private final Map<KeyRef, Opened<OpenedSigner>> signers = new ConcurrentHashMap<>();
    private final Map<KeyRef, Opened<JWSVerifier>> verifiers = new ConcurrentHashMap<>();

    /** A codec on the JDK's default JCA providers. */
    public NimbusTokenCodec(KeySealer sealer) {
        this(sealer, Optional.empty());
    }

    /**
     * @param sealer   opens the sealed private keys it signs with
     * @param provider the JCA provider to sign and verify with; empty for the JDK's default providers
     */
    public NimbusTokenCodec(KeySealer sealer, Optional<Provider> provider) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.provider = Objects.requireNonNull(provider, "provider").orElse(null);
    }

    /**
     * @throws IllegalArgumentException when {@code type} is blank or a claim is not a plain JSON value
     * @throws IllegalStateException    when the key does not open or the provider fails to sign
     */
    @Override
    public String sign(SigningKey key, String type, JsonDocument claims) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(claims, "claims");
        if (type.isBlank()) {
            throw new IllegalArgumentException("a token type is not blank");
        }
        requireValues(claims.members(), "claims");
        OpenedSigner opened = signer(key);
        EncodedHeader header = opened.header(type);
        String signingInput = header.base64url() + '.'
                + BASE64URL.encodeToString(JSONObjectUtils.toJSONString(claims.members()).getBytes(StandardCharsets.UTF_8));
        try {
            return signingInput + '.'
                    + opened.signer().sign(header.header(), signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with key " + key.set() + "/" + key.kid() + " failed", e);
        }
    }

    @Override
    public Optional<JsonDocument> verify(String token, List<SigningKey> keys) {
        if (token == null || keys == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        Optional<JWSObject> parsed = parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JWSObject jws = parsed.get();
        String kid = jws.getHeader().getKeyID();
        String alg = jws.getHeader().getAlgorithm().getName();
        for (SigningKey key : keys) {
            // RFC 8725 §3.1: the key decides the algorithm; the token's header only has to agree with it.
            if (key.kid().value().equals(kid) && key.algorithm().wireName().equals(alg) && verifies(jws, key)) {
                return claims(jws);
            }
        }
        return Optional.empty();
    }

    private static Optional<JWSObject> parse(String token) {
        try {
            return Optional.of(JWSObject.parse(token));
        } catch (ParseException | RuntimeException garbage) {
            // Nimbus promises a ParseException, but nothing a client sends may escape as an exception.
            return Optional.empty();
        }
    }

    private boolean verifies(JWSObject jws, SigningKey key) {
        JWSVerifier verifier = cached(verifiers, key, key.publicJwk(), this::newVerifier);
        try {
            return jws.verify(verifier);
        } catch (JOSEException | RuntimeException malformed) {
            // A signature of the wrong length or encoding, or a critical header we do not understand.
            return false;
        }
    }

    private static Optional<JsonDocument> claims(JWSObject jws) {
        try {
            return Optional.of(new JsonDocument(JSONObjectUtils.parse(jws.getPayload().toString())));
        } catch (ParseException | RuntimeException notAnObject) {
            return Optional.empty();
        }
    }

    private OpenedSigner signer(SigningKey key) {
        return cached(signers, key, key.sealedPrivate(), this::openSigner);
    }

    /**
     * What {@code open} made of {@code key}, made once per set, kid and key material: a key re-sealed or
     * replaced under the same kid is opened afresh. Looked up by set and kid, so the long sealed value is
     * only compared, never hashed, on the hot path. Two threads may both open a new key; one result is kept.
     */
    private static <V> V cached(Map<KeyRef, Opened<V>> cache, SigningKey key, Object material,
                                Function<SigningKey, V> open) {
        KeyRef ref = new KeyRef(key.set(), key.kid());
        Opened<V> opened = cache.get(ref);
        if (opened != null && opened.material().equals(material)) {
            return opened.value();
        }
        if (cache.size() >= MAX_CACHED_KEYS) {
            cache.clear();
        }
        V value = open.apply(key);
        cache.put(ref, new Opened<>(material, value));
        return value;
    }

    private OpenedSigner openSigner(SigningKey key) {
        JWK jwk = parsePrivate(key);
        try {
            JWSSigner signer = switch (key.algorithm()) {
                case RS256 -> new RSASSASigner(inProvider(jwk.toRSAKey().toRSAPrivateKey(), RSAPrivateKey.class));
                case ES256 -> new ECDSASigner(inProvider(jwk.toECKey().toECPrivateKey(), ECPrivateKey.class));
            };
            if (provider != null) {
                signer.getJCAContext().setProvider(provider);
            }
            return new OpenedSigner(signer, jwsAlgorithm(key.algorithm()), key.kid());
        } catch (JOSEException | RuntimeException e) {
            throw new IllegalStateException("the private key " + key.set() + "/" + key.kid() + " is unusable", e);
        }
    }

    private JWK parsePrivate(SigningKey key) {
        JWK jwk;
        try {
            jwk = JWK.parse(sealer.open(key.set(), key.kid(), key.sealedPrivate()));
        } catch (ParseException e) {
            // The message of a JWK parse error could quote key material: dropped on purpose.
            throw new IllegalStateException("the private key " + key.set() + "/" + key.kid() + " is not a JWK");
        }
        boolean matches = key.algorithm() == SigningAlgorithm.RS256 ? jwk instanceof RSAKey : jwk instanceof ECKey;
        if (!matches || !jwk.isPrivate() || !key.kid().value().equals(jwk.getKeyID())) {
            throw new IllegalStateException("the private key " + key.set() + "/" + key.kid()
                    + " does not match its algorithm or kid");
        }
        return jwk;
    }

    private JWSVerifier newVerifier(SigningKey key) {
        try {
            JWK jwk = JWK.parse(new LinkedHashMap<>(key.publicJwk()));
            JWSVerifier verifier = switch (key.algorithm()) {
                case RS256 -> new RSASSAVerifier(inProvider(jwk.toRSAKey().toRSAPublicKey(), RSAPublicKey.class));
                case ES256 -> new ECDSAVerifier(inProvider(jwk.toECKey().toECPublicKey(), ECPublicKey.class));
            };
            if (provider != null) {
                verifier.getJCAContext().setProvider(provider);
            }
            return verifier;
        } catch (ParseException | JOSEException | RuntimeException e) {
            throw new IllegalStateException("the public key " + key.set() + "/" + key.kid() + " is unusable", e);
        }
    }

    // A provider signs fastest with its own key objects; it would otherwise convert the JDK's key on every call.
    private <K extends Key> K inProvider(K key, Class<K> type) {
        if (provider == null) {
            return key;
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(key.getAlgorithm(), provider);
            Key own = key instanceof PrivateKey
                    ? factory.generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()))
                    : factory.generatePublic(new X509EncodedKeySpec(key.getEncoded()));
            return type.isInstance(own) ? type.cast(own) : key;
        } catch (GeneralSecurityException e) {
            // The provider cannot import this key: hand it the JDK's, which it may still accept.
            return key;
        }
    }

    private static JWSAlgorithm jwsAlgorithm(SigningAlgorithm algorithm) {
        return JWSAlgorithm.parse(algorithm.wireName());
    }

    /** A claim is a value: JSON null in a token is a mistake of whoever built the claims. */
    private static void requireValues(Object value, String path) {
        if (value == null) {
            throw new IllegalArgumentException("claim " + path + " is null");
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, member) -> requireValues(member, path + '.' + name));
        } else if (value instanceof List<?> items) {
            items.forEach(item -> requireValues(item, path + "[]"));
        }
    }

    private record KeyRef(KeySetName set, KeyId kid) {
    }

    private record Opened<V>(Object material, V value) {
    }

    /** An opened key's signer with its encoded headers, one per {@code typ}. */
    private static final class OpenedSigner {

        private final JWSSigner signer;
        private final JWSAlgorithm algorithm;
        private final KeyId kid;
        private final Map<String, EncodedHeader> headers = new ConcurrentHashMap<>();

        OpenedSigner(JWSSigner signer, JWSAlgorithm algorithm, KeyId kid) {
            this.signer = signer;
            this.algorithm = algorithm;
            this.kid = kid;
        }

        JWSSigner signer() {
            return signer;
        }

        EncodedHeader header(String type) {
            return headers.computeIfAbsent(type, t -> {
                JWSHeader header = new JWSHeader.Builder(algorithm).keyID(kid.value()).type(new JOSEObjectType(t)).build();
                return new EncodedHeader(header, header.toBase64URL().toString());
            });
        }
    }

    private record EncodedHeader(JWSHeader header, String base64url) {
    }
}
