package dev.portcullis.application.token

import dev.portcullis.application.fakes.FakeAssertionRepository
import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeLoginSessionRepository
import dev.portcullis.application.fakes.FakeLogoutRequestRepository
import dev.portcullis.application.grant.IssuedToken
import dev.portcullis.domain.client.Client

import java.time.Duration

class FlushTokensServiceSpec extends TokenServiceSpecification {

    def service = new FlushTokensService(tokens, clock)

    Client machine
    IssuedToken early   // issued at START, expires START + 1h
    IssuedToken later   // issued at START + 1h, expires START + 2h

    def setup() {
        machine = registerMachine()
        early = issueAccessToken(machine)
        clock.advance(Duration.ofHours(1))
        later = issueAccessToken(machine)
    }

    def "without notAfter, the records that expired before now are deleted and counted"() {
        given:
        clock.advance(Duration.ofMinutes(30))

        when:
        def flushed = service.flush(Optional.empty())

        then:
        flushed == 1
        recordOf(early.value()).isEmpty()
        recordOf(later.value()).isPresent()
    }

    def "a token expiring at this very instant is kept; a moment later it is flushed"() {
        expect: 'now is START + 1h, the instant the early token expires'
        service.flush(Optional.empty()) == 0
        recordOf(early.value()).isPresent()

        when:
        clock.advance(Duration.ofMillis(1))

        then:
        service.flush(Optional.empty()) == 1
    }

    def "a notAfter in the future is clamped to now, so a valid token is never flushed"() {
        given:
        clock.advance(Duration.ofMinutes(30))

        when:
        def flushed = service.flush(Optional.of(clock.instant() + Duration.ofDays(365)))

        then:
        flushed == 1
        recordOf(early.value()).isEmpty()
        recordOf(later.value()).isPresent()
        later.record().isActiveAt(clock.instant())
    }

    def "a notAfter in the past is honoured: what expired after it stays"() {
        given: 'both tokens have expired'
        clock.advance(Duration.ofHours(5))

        when:
        def flushed = service.flush(Optional.of(START + Duration.ofMinutes(90)))

        then:
        flushed == 1
        recordOf(early.value()).isEmpty()
        recordOf(later.value()).isPresent()

        and: 'a later flush without notAfter takes the rest'
        service.flush(Optional.empty()) == 1
        recordOf(later.value()).isEmpty()
    }

    def "flushing when nothing has expired deletes nothing"() {
        given:
        def fresh = new FlushTokensService(tokens, clock)

        expect:
        fresh.flush(Optional.of(START)) == 0
        recordOf(early.value()).isPresent()
    }

    def "a revoked token that has not expired is not flushed"() {
        given:
        tokens.revoke(later.record().signature())
        clock.advance(Duration.ofMinutes(30))

        expect:
        service.flush(Optional.empty()) == 1
        recordOf(later.value()).isPresent()
    }

    def "used assertion ids are flushed with the tokens, up to the same clamped limit"() {
        given: 'a minute after the early token expired, one assertion that expired half an hour ago, one valid for an hour'
        clock.advance(Duration.ofMinutes(1))
        def assertions = new FakeAssertionRepository()
        assertions.recordFirstUse('https://issuer.example', 'old', clock.instant() - Duration.ofMinutes(30))
        assertions.recordFirstUse('https://issuer.example', 'live', clock.instant() + Duration.ofHours(1))
        def everything = new FlushTokensService(tokens, new FakeFlowRepository(), new FakeLoginSessionRepository(),
                new FakeLogoutRequestRepository(), assertions, clock)

        when: 'asked to flush far into the future'
        def flushed = everything.flush(Optional.of(clock.instant() + Duration.ofDays(365)))

        then: 'the early token and the old assertion go; the live assertion stays, or its jti could be replayed'
        flushed == 2
        assertions.used.keySet() == [['https://issuer.example', 'live']] as Set
        !assertions.recordFirstUse('https://issuer.example', 'live', clock.instant() + Duration.ofHours(1))
    }
}
