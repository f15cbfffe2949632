package dev.portcullis.adapters.crypto.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.portcullis.application.port.ForeignJwts;
import dev.portcullis.domain.client.JsonDocument;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Other issuers' JWTs with Nimbus JOSE+JWT: RSA (PKCS#1 v1.5 and PSS) and ECDSA signatures, each verified with
 * the algorithm the trusted key allows. A key without {@code alg} allows the algorithms of its type and, for EC,
 * of its curve only; a token naming any other algorithm fails.
 */
public final class NimbusForeignJwts implements ForeignJwts {

    private static final Set<JWSAlgorithm> RSA = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);
    // An RSA key under 2048 bits is not trusted (NIST SP 800-131A).
    private static final int SHORTEST_RSA_BITS = 2048;

    @Override
    public Optional<UnverifiedJwt> read(String token) {
        Optional<JWSObject> jws = parse(token);
        if (jws.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonDocument claims = new JsonDocument(JSONObjectUtils.parse(jws.get().getPayload().toString()));
            return Optional.of(new UnverifiedJwt(Optional.ofNullable(jws.get().getHeader().getKeyID()),
                    jws.get().getHeader().getAlgorithm().getName(), claims));
        } catch (ParseException | RuntimeException notAnObject) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<JsonDocument> readUnsecured(String token) {
        if (token == null || token.isEmpty() || token.length() > NimbusTokenCodec.MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            // Nimbus parses only alg none here, and refuses a non-empty third part.
            PlainObject plain = PlainObject.parse(token);
            return Optional.of(new JsonDocument(JSONObjectUtils.parse(plain.getPayload().toString())));
        } catch (ParseException | RuntimeException notUnsecured) {
            return Optional.empty();
        }
    }

    @Override
    public boolean verifies(String token, PublicJwk publicKey) {
        Optional<JWSObject> jws = parse(token);
        Optional<JWK> jwk = parseJwk(publicKey.members().members());
        if (jws.isEmpty() || jwk.isEmpty()) {
            return false;
        }
        JWSAlgorithm algorithm = jws.get().getHeader().getAlgorithm();
        if (!allows(jwk.get(), algorithm)) {
            return false;
        }
        try {
            JWSVerifier verifier = jwk.get() instanceof RSAKey rsa
                    ? new RSASSAVerifier(rsa.toRSAPublicKey())
                    : new ECDSAVerifier(((ECKey) jwk.get()).toECPublicKey());
            return jws.get().verify(verifier);
        } catch (JOSEException | RuntimeException malformed) {
            return false;
        }
    }

    @Override
    public Optional<PublicJwk> publicKey(JsonDocument jwk) {
        Optional<JWK> parsed = parseJwk(jwk.members());
        if (parsed.isEmpty() || parsed.get().isPrivate() || parsed.get().getKeyID() == null
                || parsed.get().getKeyID().isBlank()) {
            return Optional.empty();
        }
        JWK key = parsed.get();
        if (key instanceof RSAKey rsa && modulusBits(rsa) < SHORTEST_RSA_BITS) {
            return Optional.empty();
        }
        if (key.getAlgorithm() != null && !allows(key, JWSAlgorithm.parse(key.getAlgorithm().getName()))) {
            return Optional.empty();
        }
        return Optional.of(new PublicJwk(key.getKeyID(), new JsonDocument(key.toPublicJWK().toJSONObject())));
    }

    /** The modulus's own length: leading zero bytes in {@code n} do not make a key longer. */
    private static int modulusBits(RSAKey rsa) {
        try {
            return rsa.toRSAPublicKey().getModulus().bitLength();
        } catch (JOSEException | RuntimeException malformed) {
            return 0;
        }
    }

    /** The algorithms a key allows: its {@code alg} if it names one, otherwise those of its type (and curve). */
    private static boolean allows(JWK key, JWSAlgorithm algorithm) {
        if (key.getAlgorithm() != null && !key.getAlgorithm().getName().equals(algorithm.getName())) {
            return false;
        }
        if (key instanceof RSAKey) {
            return RSA.contains(algorithm);
        }
        if (key instanceof ECKey ec) {
            return ECDSAVerifier.SUPPORTED_ALGORITHMS.contains(algorithm)
                    && Curve.forJWSAlgorithm(algorithm).contains(ec.getCurve());
        }
        return false;
    }

    private static Optional<JWSObject> parse(String token) {
        if (token == null || token.isEmpty() || token.length() > NimbusTokenCodec.MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(JWSObject.parse(token));
        } catch (ParseException | RuntimeException garbage) {
            return Optional.empty();
        }
    }

    private static Optional<JWK> parseJwk(Map<String, Object> members) {
        try {
            JWK jwk = JWK.parse(new LinkedHashMap<>(members));
            return jwk instanceof RSAKey || jwk instanceof ECKey ? Optional.of(jwk) : Optional.empty();
        } catch (ParseException | RuntimeException malformed) {
            // The message of a JWK parse error may quote key material: dropped on purpose.
            return Optional.empty();
        }
    }
}
