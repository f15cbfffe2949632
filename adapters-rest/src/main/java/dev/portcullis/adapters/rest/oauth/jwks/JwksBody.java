package dev.portcullis.adapters.rest.oauth.jwks;

import dev.portcullis.application.key.PublicKeys;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A JWK Set (RFC 7517 §5) of public keys. */
@Serdeable
public record JwksBody(List<JwkBody> keys) {

    public static JwksBody from(PublicKeys keys) {
        return new JwksBody(keys.keys().stream().map(JwkBody::from).toList());
    }
}
