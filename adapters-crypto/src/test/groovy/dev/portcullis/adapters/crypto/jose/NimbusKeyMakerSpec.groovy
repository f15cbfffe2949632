package dev.portcullis.adapters.crypto.jose

import com.nimbusds.jose.jwk.ECKey
import com.nimbusds.jose.jwk.JWK
import com.nimbusds.jose.jwk.RSAKey
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import spock.lang.Shared
import spock.lang.Specification

import java.time.Instant

class NimbusKeyMakerSpec extends Specification {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')

    def sealer = new KeySealer(KeySealerSpec.key(1), new FakeRandomness())
    def maker = new NimbusKeyMaker(sealer, new FakeRandomness())

    @Shared
    def rsaMembers = ['kty', 'use', 'kid', 'alg', 'n', 'e'] as Set
    @Shared
    def ecMembers = ['kty', 'use', 'kid', 'alg', 'crv', 'x', 'y'] as Set

    def "a #algorithm key carries only the public members #members"() {
        when:
        def key = maker.generate(KeySetName.ID_TOKEN, algorithm, NOW)

        then:
        key.publicJwk().keySet() == members
        key.publicJwk().values().every { it instanceof String }
        key.publicJwk().kty == algorithm.keyType()
        key.publicJwk().alg == algorithm.wireName()
        key.publicJwk().use == 'sig'
        key.publicJwk().kid == key.kid().value()

        where:
        algorithm              | members
        SigningAlgorithm.RS256 | rsaMembers
        SigningAlgorithm.ES256 | ecMembers
    }

    def "a #algorithm key's public JWK has no private member"() {
        when:
        def jwk = maker.generate(KeySetName.ID_TOKEN, algorithm, NOW).publicJwk()

        then:
        ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'].every { !jwk.containsKey(it) }
        !JWK.parse(new LinkedHashMap<String, Object>(jwk)).isPrivate()

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "a #algorithm key is made for its set at the given time, with a 128-bit base64url kid"() {
        when:
        def key = maker.generate(KeySetName.ACCESS_TOKEN, algorithm, NOW)

        then:
        key.set() == KeySetName.ACCESS_TOKEN
        key.algorithm() == algorithm
        key.createdAt() == NOW
        key.kid().value() ==~ /[A-Za-z0-9_-]{22}/

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "an RS256 key is RSA 2048 with exponent 65537"() {
        when:
        def key = maker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.RS256, NOW)
        def rsa = RSAKey.parse(new LinkedHashMap<String, Object>(key.publicJwk()))

        then:
        rsa.size() == 2048
        key.publicJwk().e == 'AQAB'
    }

    def "an ES256 key is on P-256"() {
        when:
        def key = maker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.ES256, NOW)

        then:
        key.publicJwk().crv == 'P-256'
        ECKey.parse(new LinkedHashMap<String, Object>(key.publicJwk())).toECPublicKey().params.order.bitLength() == 256
    }

    def "the sealed private part opens, under the key's set and kid, to the private JWK of the public one"() {
        given:
        def key = maker.generate(KeySetName.ID_TOKEN, algorithm, NOW)

        when:
        def opened = JWK.parse(sealer.open(key.set(), key.kid(), key.sealedPrivate()))

        then:
        opened.isPrivate()
        opened.keyID == key.kid().value()
        opened.toPublicJWK().toJSONObject().subMap(key.publicJwk().keySet()) == key.publicJwk()

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "two keys get different kids and different key pairs"() {
        when:
        def first = maker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.ES256, NOW)
        def second = maker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.ES256, NOW)

        then:
        first.kid() != second.kid()
        first.publicJwk().x != second.publicJwk().x
    }
}
