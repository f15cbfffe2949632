package dev.portcullis.application.fakes

import dev.portcullis.application.port.ForeignJwts
import dev.portcullis.domain.client.JsonDocument
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

/**
 * Foreign JWTs without cryptography: a token is {@code base64url(header).base64url(claims).<kid it is signed by>},
 * and it verifies with a key whose kid is that last part. As the real adapter, it reads only a header whose
 * {@code alg} is a string and whose {@code kid}, if any, is one, and takes only an RSA or EC key with a non-blank
 * string {@code kid} and no {@code d}.
 */
class FakeForeignJwts implements ForeignJwts {

    /** A token that {@link #verifies} with the key {@code signedBy}. */
    static String token(Map claims, String signedBy, String headerKid = signedBy, String alg = 'ES256') {
        def header = [alg: alg] + (headerKid == null ? [:] : [kid: headerKid])
        encode(header) + '.' + encode(claims) + '.' + signedBy
    }

    static Map key(String kid) {
        [kty: 'EC', crv: 'P-256', kid: kid, x: 'x', y: 'y']
    }

    Optional<UnverifiedJwt> read(String token) {
        def parts = token?.split('\\.', -1)
        if (parts == null || parts.length != 3) {
            return Optional.empty()
        }
        try {
            def header = decode(parts[0])
            def claims = decode(parts[1])
            if (!(header instanceof Map) || !(claims instanceof Map) || !(header.alg instanceof String) || !header.alg
                    || header.alg == 'none'
                    || (header.kid != null && !(header.kid instanceof String))) {
                return Optional.empty()
            }
            Optional.of(new UnverifiedJwt(Optional.ofNullable(header.kid as String), header.alg as String,
                    new JsonDocument(claims as Map<String, Object>)))
        } catch (Exception ignored) {
            Optional.empty()
        }
    }

    /** An unsecured JWT: {@code base64url({"alg":"none"}).base64url(claims).} */
    static String unsecured(Map claims) {
        encode([alg: 'none']) + '.' + encode(claims) + '.'
    }

    Optional<JsonDocument> readUnsecured(String token) {
        def parts = token?.split('\\.', -1)
        if (parts == null || parts.length != 3 || parts[2] != '') {
            return Optional.empty()
        }
        try {
            def header = decode(parts[0])
            def claims = decode(parts[1])
            header instanceof Map && header.alg == 'none' && claims instanceof Map
                    ? Optional.of(new JsonDocument(claims as Map<String, Object>)) : Optional.empty()
        } catch (Exception ignored) {
            Optional.empty()
        }
    }

    boolean verifies(String token, PublicJwk publicKey) {
        def parts = token?.split('\\.', -1)
        parts != null && parts.length == 3 && parts[2] == publicKey.keyId()
    }

    Optional<PublicJwk> publicKey(JsonDocument jwk) {
        def members = jwk.members()
        if (!(members.kid instanceof String) || (members.kid as String).isBlank() || members.containsKey('d')
                || !(members.kty in ['EC', 'RSA'])) {
            return Optional.empty()
        }
        Optional.of(new PublicJwk(members.kid as String, jwk))
    }

    private static String encode(Object value) {
        Base64.urlEncoder.withoutPadding().encodeToString(JsonOutput.toJson(value).getBytes('UTF-8'))
    }

    private static Object decode(String part) {
        new JsonSlurper().parseText(new String(Base64.urlDecoder.decode(part), 'UTF-8'))
    }
}
