package dev.portcullis.adapters.crypto.jose;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.portcullis.application.port.KeyMaker;
import dev.portcullis.application.port.Randomness;
import dev.portcullis.domain.key.KeyId;
import dev.portcullis.domain.key.KeySetName;
import dev.portcullis.domain.key.SigningAlgorithm;
import dev.portcullis.domain.key.SigningKey;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Generates signing keys with the JDK's key pair generators: RSA 2048 (public exponent 65537) for RS256 and
 * P-256 for ES256 (RFC 7518 §3.3, §3.4). The kid is 128 random bits in base64url. The public JWK carries
 * only {@code kty}, {@code use}, {@code kid}, {@code alg} and the public parameters, all strings; the full
 * private JWK is sealed by the {@link KeySealer} and never leaves this package in the clear. Thread-safe.
 */
public final class NimbusKeyMaker implements KeyMaker {

    private static final int RSA_BITS = 2048;
    private static final int KID_BYTES = 16;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final KeySealer sealer;
    private final Randomness randomness;

    public NimbusKeyMaker(KeySealer sealer, Randomness randomness) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.randomness = Objects.requireNonNull(randomness, "randomness");
    }

    @Override
    public SigningKey generate(KeySetName set, SigningAlgorithm algorithm, Instant now) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(now, "now");
        KeyId kid = new KeyId(BASE64URL.encodeToString(randomness.nextBytes(KID_BYTES)));
        JWK privateJwk = switch (algorithm) {
            case RS256 -> rsa(kid);
            case ES256 -> ec(kid);
        };
        return new SigningKey(set, kid, algorithm, now, publicMembers(privateJwk, algorithm),
                sealer.seal(set, kid, privateJwk.toJSONString()));
    }

    private static JWK rsa(KeyId kid) {
        KeyPair pair = generatePair("RSA", new RSAKeyGenParameterSpec(RSA_BITS, RSAKeyGenParameterSpec.F4));
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(kid.value())
                .algorithm(JWSAlgorithm.RS256)
                .keyUse(KeyUse.SIGNATURE)
                .build();
    }

    private static JWK ec(KeyId kid) {
        KeyPair pair = generatePair("EC", new ECGenParameterSpec(Curve.P_256.getStdName()));
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
                .privateKey((ECPrivateKey) pair.getPrivate())
                .keyID(kid.value())
                .algorithm(JWSAlgorithm.ES256)
                .keyUse(KeyUse.SIGNATURE)
                .build();
    }

    private static KeyPair generatePair(String type, AlgorithmParameterSpec parameters) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
            generator.initialize(parameters);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + type + " keys", e);
        }
    }

    // Built member by member from the public key, so no private member can slip through.
    private static Map<String, String> publicMembers(JWK privateJwk, SigningAlgorithm algorithm) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("kty", algorithm.keyType());
        members.put("use", KeyUse.SIGNATURE.identifier());
        members.put("kid", privateJwk.getKeyID());
        members.put("alg", algorithm.wireName());
        if (privateJwk instanceof RSAKey rsa) {
            members.put("n", rsa.getModulus().toString());
            members.put("e", rsa.getPublicExponent().toString());
        } else if (privateJwk instanceof ECKey ec) {
            members.put("crv", ec.getCurve().getName());
            members.put("x", ec.getX().toString());
            members.put("y", ec.getY().toString());
        }
        return members;
    }
}
