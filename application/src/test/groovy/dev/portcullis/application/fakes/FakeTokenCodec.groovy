package dev.portcullis.application.fakes

import dev.portcullis.application.port.TokenCodec
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.key.SigningKey
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import java.nio.charset.StandardCharsets

/**
 * A reversible stand-in for JWS: {@code base64url(header).base64url(claims).base64url(kid)}, so specs can
 * read what was signed and with which key. The "signature" is only the kid; never used outside tests.
 */
class FakeTokenCodec implements TokenCodec {

    String sign(SigningKey key, String type, JsonDocument claims) {
        def header = [alg: key.algorithm().wireName(), kid: key.kid().value(), typ: type]
        [JsonOutput.toJson(header), JsonOutput.toJson(claims.members()), key.kid().value()].collect { encode(it) }.join('.')
    }

    Optional<JsonDocument> verify(String token, List<SigningKey> keys) {
        try {
            def parts = token.split('\\.', -1)
            if (parts.length != 3) {
                return Optional.empty()
            }
            def kid = decode(parts[2])
            if (header(token).kid != kid || !keys.any { it.kid().value() == kid }) {
                return Optional.empty()
            }
            Optional.of(new JsonDocument(new JsonSlurper().parseText(decode(parts[1])) as Map<String, Object>))
        } catch (RuntimeException ignored) { // any malformed part: not a token this fake signed
            Optional.empty()
        }
    }

    /** The JOSE header of a token this fake signed. */
    static Map<String, Object> header(String token) {
        new JsonSlurper().parseText(decode(token.split('\\.', -1)[0])) as Map<String, Object>
    }

    private static String encode(String text) {
        Base64.urlEncoder.withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))
    }

    private static String decode(String part) {
        new String(Base64.urlDecoder.decode(part), StandardCharsets.UTF_8)
    }
}
