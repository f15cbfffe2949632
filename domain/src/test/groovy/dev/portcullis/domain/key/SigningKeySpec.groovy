package dev.portcullis.domain.key

import spock.lang.Specification

import java.time.Instant

class SigningKeySpec extends Specification {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')

    static Map<String, String> jwk(String kid = 'key-1', SigningAlgorithm algorithm = SigningAlgorithm.ES256) {
        [kty: algorithm.keyType(), kid: kid, alg: algorithm.wireName(), use: 'sig', crv: 'P-256', x: 'xx', y: 'yy']
    }

    static SigningKey key(String kid = 'key-1', Instant createdAt = NOW, Map<String, String> publicJwk = jwk(kid)) {
        new SigningKey(KeySetName.ACCESS_TOKEN, new KeyId(kid), SigningAlgorithm.ES256, createdAt, publicJwk, 'sealed')
    }

    def "a key holds its public JWK"() {
        expect:
        key().publicJwk() == jwk()
    }

    def "a public JWK with the private member '#member' is refused"() {
        when:
        key('key-1', NOW, jwk() + [(member): 'secret'])

        then:
        thrown(IllegalArgumentException)

        where:
        member << ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']
    }

    def "a public JWK whose #member does not match the key is refused"() {
        when:
        key('key-1', NOW, jwk() + change)

        then:
        thrown(IllegalArgumentException)

        where:
        member        | change
        'kid'         | [kid: 'key-2']
        'alg'         | [alg: 'RS256']
        'kty'         | [kty: 'RSA']
    }

    def "a public JWK without kid is refused"() {
        when:
        key('key-1', NOW, jwk().findAll { it.key != 'kid' })

        then:
        thrown(IllegalArgumentException)
    }

    def "an RSA key's JWK says RSA and RS256"() {
        when:
        def key = new SigningKey(new KeySetName('mine'), new KeyId('r1'), SigningAlgorithm.RS256, NOW,
                [kty: 'RSA', kid: 'r1', alg: 'RS256', use: 'sig', n: 'nn', e: 'AQAB'], 'sealed')

        then:
        key.publicJwk().kty == 'RSA'
    }

    def "the public JWK is copied and cannot be changed afterwards"() {
        given:
        def members = new LinkedHashMap<String, String>(jwk())
        def key = key('key-1', NOW, members)

        when:
        members.put('d', 'leaked')

        then:
        !key.publicJwk().containsKey('d')

        when:
        key.publicJwk().put('d', 'leaked')

        then:
        thrown(UnsupportedOperationException)
    }

    def "a later key is newer; at one instant the larger kid is"() {
        expect:
        key('b', NOW.plusSeconds(1)).isNewerThan(key('z', NOW))
        !key('z', NOW).isNewerThan(key('b', NOW.plusSeconds(1)))
        key('b', NOW).isNewerThan(key('a', NOW))
        !key('a', NOW).isNewerThan(key('b', NOW))
        !key('a', NOW).isNewerThan(key('a', NOW))
    }
}
