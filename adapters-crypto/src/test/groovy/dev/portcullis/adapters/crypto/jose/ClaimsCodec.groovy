package dev.portcullis.adapters.crypto.jose

import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.key.SigningKey

/** The codec with claims as plain maps, so that specs write and compare them as Groovy literals. */
class ClaimsCodec {

    final NimbusTokenCodec codec

    ClaimsCodec(NimbusTokenCodec codec) {
        this.codec = codec
    }

    String sign(SigningKey key, String type, Map<String, Object> claims) {
        codec.sign(key, type, new JsonDocument(claims))
    }

    Optional<Map<String, Object>> verify(String token, List<SigningKey> keys) {
        codec.verify(token, keys).map { it.members() }
    }
}
