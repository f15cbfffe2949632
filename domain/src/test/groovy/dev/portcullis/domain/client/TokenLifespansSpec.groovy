package dev.portcullis.domain.client

import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.TokenKind
import spock.lang.Specification

import java.time.Duration

class TokenLifespansSpec extends Specification {

    def "returns the lifespan set for a grant type and token kind"() {
        given:
        def lifespans = new TokenLifespans([
                (new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(5),
                (new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.REFRESH_TOKEN)): Duration.ofDays(30)])

        expect:
        lifespans.of(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN) == Optional.of(Duration.ofMinutes(5))
        lifespans.of(GrantType.AUTHORIZATION_CODE, TokenKind.REFRESH_TOKEN) == Optional.of(Duration.ofDays(30))
    }

    def "a lifespan that is not set is empty, so the server-wide default applies"() {
        given:
        def lifespans = new TokenLifespans([
                (new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(5)])

        expect:
        lifespans.of(GrantType.CLIENT_CREDENTIALS, TokenKind.REFRESH_TOKEN).isEmpty()
        lifespans.of(GrantType.AUTHORIZATION_CODE, TokenKind.ACCESS_TOKEN).isEmpty()
        TokenLifespans.DEFAULTS.of(GrantType.AUTHORIZATION_CODE, TokenKind.ID_TOKEN).isEmpty()
    }

    def "a #kind lifespan is a programming error"() {
        when:
        new TokenLifespans([(new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): duration])

        then:
        thrown(IllegalArgumentException)

        where:
        kind       | duration
        'zero'     | Duration.ZERO
        'negative' | Duration.ofSeconds(-1)
    }

    def "holds an immutable copy of its lifespans"() {
        given:
        def key = new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)
        def source = [(key): Duration.ofMinutes(5)]
        def lifespans = new TokenLifespans(source)

        when:
        source[key] = Duration.ofHours(1)

        then:
        lifespans.of(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN) == Optional.of(Duration.ofMinutes(5))

        when:
        lifespans.values().put(key, Duration.ofHours(1))

        then:
        thrown(UnsupportedOperationException)
    }
}
