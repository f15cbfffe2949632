package dev.portcullis.adapters.crypto.jose

import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.domain.key.KeyId
import dev.portcullis.domain.key.KeySetName
import spock.lang.Specification

class KeySealerSpec extends Specification {

    static final String JWK = '{"kty":"EC","crv":"P-256","d":"secret-scalar","x":"xx","y":"yy"}'
    static final KeySetName SET = KeySetName.ACCESS_TOKEN
    static final KeyId KID = new KeyId('kid-1')

    def sealer = new KeySealer(key(1), new FakeRandomness())

    def "a sealed key opens to the same JWK"() {
        expect:
        sealer.open(SET, KID, sealer.seal(SET, KID, JWK)) == JWK
    }

    def "the sealed form is versioned, with a 12-byte nonce and the ciphertext in base64url"() {
        expect:
        sealer.seal(SET, KID, JWK) ==~ /v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+/
    }

    def "the sealed form does not contain the private key"() {
        expect:
        !sealer.seal(SET, KID, JWK).contains('secret-scalar')
    }

    def "sealing twice gives different values that both open"() {
        when:
        def first = sealer.seal(SET, KID, JWK)
        def second = sealer.seal(SET, KID, JWK)

        then:
        first != second
        sealer.open(SET, KID, first) == JWK
        sealer.open(SET, KID, second) == JWK
    }

    def "a key sealed under another sealing key does not open, and the message reveals nothing"() {
        given:
        def sealed = new KeySealer(key(2), new FakeRandomness()).seal(SET, KID, JWK)

        when:
        sealer.open(SET, KID, sealed)

        then:
        def e = thrown(IllegalStateException)
        !e.message.contains('secret-scalar')
        !e.message.contains(sealed)
    }

    def "a key sealed for #sealedFor does not open as #openedAs"() {
        given:
        def sealed = sealer.seal(sealedFor.set, sealedFor.kid, JWK)

        when:
        sealer.open(openedAs.set, openedAs.kid, sealed)

        then:
        thrown(IllegalStateException)

        where:
        sealedFor                                      | openedAs
        [set: SET, kid: KID]                           | [set: KeySetName.ID_TOKEN, kid: KID]
        [set: SET, kid: KID]                           | [set: SET, kid: new KeyId('kid-2')]
        [set: new KeySetName('a'), kid: new KeyId('b-c')] | [set: new KeySetName('a-b'), kid: new KeyId('c')]
    }

    def "a tampered sealed key does not open"() {
        given:
        def sealed = sealer.seal(SET, KID, JWK)
        def middle = sealed.length() - 10
        def flipped = sealed[middle] == 'A' ? 'B' : 'A'

        when:
        sealer.open(SET, KID, sealed.substring(0, middle) + flipped + sealed.substring(middle + 1))

        then:
        thrown(IllegalStateException)
    }

    def "a sealed value that is #problem does not open"() {
        when:
        sealer.open(SET, KID, sealed)

        then:
        thrown(IllegalStateException)

        where:
        problem                    | sealed
        'empty'                    | ''
        'of an unknown version'    | 'v2.AAAAAAAAAAAAAAAA.' + 'A' * 40
        'missing the ciphertext'   | 'v1.AAAAAAAAAAAAAAAA'
        'carrying an extra part'   | 'v1.AAAAAAAAAAAAAAAA.' + 'A' * 40 + '.x'
        'using a short nonce'      | 'v1.AAAA.' + 'A' * 40
        'shorter than a GCM tag'   | 'v1.AAAAAAAAAAAAAAAA.AAAA'
        'not base64url'            | 'v1.AAAAAAAAAAAAAAAA.' + '!' * 40
        'absurdly long'            | 'v1.AAAAAAAAAAAAAAAA.' + 'A' * 100_000
    }

    def "a sealing key of #length bytes is refused"() {
        when:
        new KeySealer(new byte[length], new FakeRandomness())

        then:
        thrown(IllegalArgumentException)

        where:
        length << [0, 16, 31, 33, 64]
    }

    static byte[] key(int seed) {
        def bytes = new byte[KeySealer.KEY_BYTES]
        new Random(seed).nextBytes(bytes)
        bytes
    }
}
