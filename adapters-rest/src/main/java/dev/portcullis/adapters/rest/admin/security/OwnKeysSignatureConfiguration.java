package dev.portcullis.adapters.rest.admin.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.portcullis.application.key.GetPublicKeysUseCase;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets micronaut-security-jwt verify this server's own tokens with the keys it publishes, read through the
 * use case rather than over the network: the admin API never calls its own JWKS endpoint.
 */
@Singleton
final class OwnKeysSignatureConfiguration implements SignatureConfiguration {

    private final GetPublicKeysUseCase publicKeys;
    private final Map<Map<String, String>, JWSVerifier> verifiers = new ConcurrentHashMap<>();

    OwnKeysSignatureConfiguration(GetPublicKeysUseCase publicKeys) {
        this.publicKeys = publicKeys;
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the RS256 and ES256 keys of this server's published key sets are supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.RS256.equals(algorithm) || JWSAlgorithm.ES256.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        String kid = jwt.getHeader().getKeyID();
        String alg = jwt.getHeader().getAlgorithm().getName();
        Optional<Map<String, String>> key = publicKeys.get().keys().stream()
                .filter(jwk -> jwk.get("kid").equals(kid) && jwk.get("alg").equals(alg))
                .findFirst();
        return key.isPresent() && jwt.verify(verifiers.computeIfAbsent(key.get(), OwnKeysSignatureConfiguration::verifier));
    }

    private static JWSVerifier verifier(Map<String, String> publicJwk) {
        try {
            JWK jwk = JWK.parse(new LinkedHashMap<>(publicJwk));
            if (jwk instanceof RSAKey rsa) {
                return new RSASSAVerifier(rsa);
            }
            if (jwk instanceof ECKey ec) {
                return new ECDSAVerifier(ec);
            }
            throw new IllegalStateException("a published key is neither RSA nor EC: " + jwk.getKeyType());
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("a published key is not a usable JWK", e);
        }
    }
}
