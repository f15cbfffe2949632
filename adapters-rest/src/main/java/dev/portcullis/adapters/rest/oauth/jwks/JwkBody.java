package dev.portcullis.adapters.rest.oauth.jwks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** One public JWK (RFC 7517 §4, RFC 7518 §6): an RSA key's {@code n} and {@code e}, or an EC key's curve point. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JwkBody(String kty, String use, String kid, String alg, @Nullable String n, @Nullable String e,
                      @Nullable String crv, @Nullable String x, @Nullable String y) {

    static JwkBody from(Map<String, String> jwk) {
        return new JwkBody(jwk.get("kty"), jwk.get("use"), jwk.get("kid"), jwk.get("alg"), jwk.get("n"), jwk.get("e"),
                jwk.get("crv"), jwk.get("x"), jwk.get("y"));
    }
}
