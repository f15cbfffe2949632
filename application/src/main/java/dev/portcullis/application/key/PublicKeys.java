package dev.portcullis.application.key;

import dev.portcullis.domain.key.SigningKey;

import java.util.List;
import java.util.Map;

/** A JWK Set (RFC 7517 §5) of public keys only, newest first. */
public record PublicKeys(List<Map<String, String>> keys) {

    public PublicKeys {
        keys = List.copyOf(keys);
    }

    public static PublicKeys of(List<SigningKey> signingKeys) {
        return new PublicKeys(signingKeys.stream().map(SigningKey::publicJwk).toList());
    }
}
