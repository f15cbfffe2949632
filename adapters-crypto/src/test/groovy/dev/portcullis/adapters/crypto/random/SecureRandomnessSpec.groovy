package dev.portcullis.adapters.crypto.random

import spock.lang.Specification

class SecureRandomnessSpec extends Specification {

    def randomness = new SecureRandomness()

    def "returns as many bytes as asked for"() {
        expect:
        randomness.nextBytes(count).length == count

        where:
        count << [1, 16, 32, 1000]
    }

    def "two calls give different bytes"() {
        expect:
        randomness.nextBytes(32) != randomness.nextBytes(32)
    }

    def "zero bytes is an empty array"() {
        expect:
        randomness.nextBytes(0).length == 0
    }

    def "a negative count is refused"() {
        when:
        randomness.nextBytes(-1)

        then:
        thrown(IllegalArgumentException)
    }
}
