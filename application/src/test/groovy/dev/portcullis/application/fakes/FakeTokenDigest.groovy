package dev.portcullis.application.fakes

import dev.portcullis.application.port.TokenDigest
import dev.portcullis.domain.token.TokenSignature

import java.nio.charset.StandardCharsets
import java.security.MessageDigest

/** Deterministic like the real keyed hash, but under a fixed "key": base64url(SHA-256("fake:" + token)). */
class FakeTokenDigest implements TokenDigest {

    TokenSignature digest(String token) {
        def hash = MessageDigest.getInstance('SHA-256').digest(('fake:' + token).getBytes(StandardCharsets.UTF_8))
        new TokenSignature(Base64.urlEncoder.withoutPadding().encodeToString(hash))
    }
}
