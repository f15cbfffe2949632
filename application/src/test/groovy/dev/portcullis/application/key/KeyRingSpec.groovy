package dev.portcullis.application.key

import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

import java.time.Duration

import static dev.portcullis.application.key.KeyRing.REFRESH_AFTER

class KeyRingSpec extends KeyServiceSpecification {

    def "a set is read from storage once and reused until REFRESH_AFTER has passed"() {
        given:
        def first = storeKey(KeySetName.ACCESS_TOKEN)
        assert keyRing.keys(KeySetName.ACCESS_TOKEN) == [first]
        def read = clock.instant()

        when: 'another node adds a key'
        def second = storeKey(KeySetName.ACCESS_TOKEN)

        then: 'this node keeps using what it read'
        keyRing.keys(KeySetName.ACCESS_TOKEN) == [first]
        keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(first)

        when:
        clock.advance(Duration.between(clock.instant(), read + REFRESH_AFTER) - Duration.ofMillis(1))

        then:
        keyRing.keys(KeySetName.ACCESS_TOKEN) == [first]

        when:
        clock.advance(Duration.ofMillis(1))

        then:
        keyRing.keys(KeySetName.ACCESS_TOKEN) == [second, first]
        keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(second)
    }

    def "forgetting a set reads it again at once"() {
        given:
        def first = storeKey(KeySetName.ACCESS_TOKEN)
        keyRing.keys(KeySetName.ACCESS_TOKEN)
        def second = storeKey(KeySetName.ACCESS_TOKEN)

        when:
        keyRing.forget(KeySetName.ACCESS_TOKEN)

        then:
        keyRing.keys(KeySetName.ACCESS_TOKEN) == [second, first]
    }

    def "forgetting one set leaves the others as they were read"() {
        given:
        def idKey = storeKey(KeySetName.ID_TOKEN)
        keyRing.keys(KeySetName.ID_TOKEN)
        keyRing.keys(KeySetName.ACCESS_TOKEN)
        def accessKey = storeKey(KeySetName.ACCESS_TOKEN)
        storeKey(KeySetName.ID_TOKEN)

        when:
        keyRing.forget(KeySetName.ACCESS_TOKEN)

        then:
        keyRing.keys(KeySetName.ACCESS_TOKEN) == [accessKey]
        keyRing.keys(KeySetName.ID_TOKEN) == [idKey]
    }

    def "the signing key is the set's newest; a set without keys has none"() {
        given:
        storeKey(KeySetName.ACCESS_TOKEN)
        def newest = storeKey(KeySetName.ACCESS_TOKEN)

        expect:
        keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(newest)
        keyRing.signingKey(KeySetName.ID_TOKEN).isEmpty()
        keyRing.keys(MINE).isEmpty()
    }

    def "of two keys made at one instant the larger kid signs"() {
        given:
        def a = maker.generate(KeySetName.ACCESS_TOKEN, SigningAlgorithm.ES256, START)
        def b = maker.generate(KeySetName.ACCESS_TOKEN, SigningAlgorithm.ES256, START)
        keys.add(b)
        keys.add(a)

        expect:
        keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(b)
    }

    def "the keys handed out cannot be changed"() {
        given:
        storeKey(KeySetName.ACCESS_TOKEN)

        when:
        keyRing.keys(KeySetName.ACCESS_TOKEN).clear()

        then:
        thrown(UnsupportedOperationException)
    }
}
