package dev.portcullis.application.key

import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

class EnsureSigningKeysServiceSpec extends KeyServiceSpecification {

    def service = new EnsureSigningKeysService(keys, maker, keyRing,
            [(KeySetName.ACCESS_TOKEN): SigningAlgorithm.RS256, (KeySetName.ID_TOKEN): SigningAlgorithm.ES256], clock)

    def "on empty storage one key is generated for each token-signing set, with its configured algorithm"() {
        when:
        def generated = service.ensure()

        then:
        generated == 2
        with(keys.findSet(KeySetName.ACCESS_TOKEN)) {
            size() == 1
            it[0].algorithm() == SigningAlgorithm.RS256
            it[0].createdAt() == START
        }
        with(keys.findSet(KeySetName.ID_TOKEN)) {
            size() == 1
            it[0].algorithm() == SigningAlgorithm.ES256
        }
        keys.findSet(MINE).isEmpty()
    }

    def "ensuring again generates nothing"() {
        given:
        service.ensure()
        def before = [kids(KeySetName.ACCESS_TOKEN), kids(KeySetName.ID_TOKEN)]

        when:
        def generated = service.ensure()

        then:
        generated == 0
        maker.made == 2
        [kids(KeySetName.ACCESS_TOKEN), kids(KeySetName.ID_TOKEN)] == before
    }

    def "a set that already has a key is left alone"() {
        given:
        def existing = storeKey(KeySetName.ACCESS_TOKEN, SigningAlgorithm.ES256)

        when:
        def generated = service.ensure()

        then:
        generated == 1
        keys.findSet(KeySetName.ACCESS_TOKEN) == [existing]
        keys.findSet(KeySetName.ID_TOKEN).size() == 1
    }

    def "a user-defined set's keys do not count for the token-signing sets"() {
        given:
        storeKey(MINE)

        expect:
        service.ensure() == 2
    }

    def "the key ring sees the generated keys at once, even after reading the empty sets"() {
        given:
        assert keyRing.signingKey(KeySetName.ACCESS_TOKEN).isEmpty()
        assert keyRing.signingKey(KeySetName.ID_TOKEN).isEmpty()

        when:
        service.ensure()

        then:
        keyRing.signingKey(KeySetName.ACCESS_TOKEN).isPresent()
        keyRing.signingKey(KeySetName.ID_TOKEN).isPresent()
    }
}
