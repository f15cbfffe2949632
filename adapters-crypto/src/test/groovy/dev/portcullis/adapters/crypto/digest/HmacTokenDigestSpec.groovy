package dev.portcullis.adapters.crypto.digest

import spock.lang.Specification

class HmacTokenDigestSpec extends Specification {

    def digest = new HmacTokenDigest(key(1))

    def "the same token under the same key always gives the same digest"() {
        expect:
        digest.digest('pc_at_token') == digest.digest('pc_at_token')
        digest.digest('pc_at_token') == new HmacTokenDigest(key(1)).digest('pc_at_token')
    }

    def "different keys give different digests"() {
        expect:
        digest.digest('pc_at_token') != new HmacTokenDigest(key(2)).digest('pc_at_token')
    }

    def "different tokens give different digests"() {
        expect:
        digest.digest('pc_at_token') != digest.digest('pc_at_tokem')
    }

    def "a digest is 43 base64url characters without padding"() {
        expect:
        digest.digest(token).value() ==~ /[A-Za-z0-9_-]{43}/

        where:
        token << ['', 'x', 'pc_rt_' + 'a' * 43, 'ünïcødé', 'y' * 10_000]
    }

    def "it is HMAC-SHA256 of the token's UTF-8 bytes (RFC 4231 test case 6)"() {
        given:
        def rfcKey = new byte[131]
        Arrays.fill(rfcKey, (byte) 0xaa)
        def expected = HexFormat.of().parseHex('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54')

        expect:
        new HmacTokenDigest(rfcKey).digest('Test Using Larger Than Block-Size Key - Hash Key First').value() ==
                Base64.urlEncoder.withoutPadding().encodeToString(expected)
    }

    def "threads digesting at once each get the right digest"() {
        given:
        def tokens = (1..200).collect { "token-$it".toString() }
        def expected = tokens.collect { new HmacTokenDigest(key(1)).digest(it) }

        when:
        def actual = tokens.parallelStream().map { digest.digest(it) }.toList()

        then:
        actual == expected
    }

    def "the key is copied, so changing the caller's array changes nothing"() {
        given:
        def bytes = key(1)
        def copied = new HmacTokenDigest(bytes)
        def before = copied.digest('pc_at_token')

        when:
        Arrays.fill(bytes, (byte) 0)

        then:
        copied.digest('pc_at_token') == before
    }

    def "a key of #length bytes is refused"() {
        when:
        new HmacTokenDigest(new byte[length])

        then:
        thrown(IllegalArgumentException)

        where:
        length << [0, 16, HmacTokenDigest.MIN_KEY_BYTES - 1]
    }

    private static byte[] key(int seed) {
        def bytes = new byte[HmacTokenDigest.MIN_KEY_BYTES]
        new Random(seed).nextBytes(bytes)
        bytes
    }
}
