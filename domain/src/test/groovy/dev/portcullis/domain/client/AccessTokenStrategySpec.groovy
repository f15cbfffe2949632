package dev.portcullis.domain.client

import spock.lang.Specification

class AccessTokenStrategySpec extends Specification {

    def "#strategy is found by its wire name '#wire'"() {
        expect:
        strategy.wireName() == wire
        AccessTokenStrategy.fromWireName(wire) == Optional.of(strategy)

        where:
        strategy                   | wire
        AccessTokenStrategy.JWT    | 'jwt'
        AccessTokenStrategy.OPAQUE | 'opaque'
    }

    def "'#wire' is not a strategy"() {
        expect:
        AccessTokenStrategy.fromWireName(wire).isEmpty()

        where:
        wire << ['JWT', 'reference', '', null]
    }
}
