package dev.portcullis.application.ratelimit

import dev.portcullis.application.fakes.FakeRequestBuckets
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.RateLimit
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

class AdmitRequestSpec extends Specification {

    def clock = new MutableClock(Instant.parse('2030-01-01T00:00:00Z'))
    def buckets = new FakeRequestBuckets(clock)

    RateLimitService service(Map<Throttle, RateLimit> limits) {
        new RateLimitService(new RateLimitSettings(limits), buckets, new FakeTokenDigest())
    }

    def "a caller under the limit is admitted, and the one request over it is refused with the wait"() {
        given:
        def admit = service([(Throttle.TOKEN_PER_CLIENT): new RateLimit(2, Duration.ofMinutes(1))])
        def request = new ThrottledRequest(Throttle.TOKEN_PER_CLIENT, 'client-a')

        expect:
        admit.admit(request) == Admission.ADMITTED
        admit.admit(request) == Admission.ADMITTED
        admit.admit(request) == new Admission.Refused(Duration.ofSeconds(30))
    }

    def "a throttle that is off counts nothing: storage is never asked"() {
        given:
        def admit = service([(Throttle.ADMIN_PER_CALLER): new RateLimit(1, Duration.ofMinutes(1)),
                             (Throttle.LOGIN_PER_IP): RateLimit.OFF])

        expect:
        (1..5).every { admit.admit(new ThrottledRequest(throttle, 'caller')) == Admission.ADMITTED }
        buckets.keys.empty

        where:
        throttle << [Throttle.TOKEN_PER_CLIENT, Throttle.LOGIN_PER_IP]
    }

    def "callers and throttles have buckets of their own"() {
        given:
        def oneAMinute = new RateLimit(1, Duration.ofMinutes(1))
        def admit = service([(Throttle.LOGIN_PER_USERNAME): oneAMinute, (Throttle.LOGIN_PER_IP): oneAMinute])
        admit.admit(new ThrottledRequest(Throttle.LOGIN_PER_USERNAME, 'ada'))

        expect:
        admit.admit(new ThrottledRequest(Throttle.LOGIN_PER_USERNAME, 'ada')) instanceof Admission.Refused
        admit.admit(new ThrottledRequest(Throttle.LOGIN_PER_USERNAME, 'grace')) == Admission.ADMITTED
        admit.admit(new ThrottledRequest(Throttle.LOGIN_PER_IP, 'ada')) == Admission.ADMITTED
    }

    def "buckets are named by a keyed digest of the caller, never by the caller, a bearer token say"() {
        given:
        def token = 'pc_at_' + 'x' * 43
        def admit = service([(Throttle.ADMIN_PER_CALLER): new RateLimit(5, Duration.ofSeconds(1))])

        when:
        admit.admit(new ThrottledRequest(Throttle.ADMIN_PER_CALLER, token))

        then:
        buckets.keys == ['admin-caller:' + new FakeTokenDigest().digest(token).value()]
        !buckets.keys[0].contains(token)
        buckets.keys[0].length() <= 128
    }

    def "callers longer than any real one share one bucket and are not hashed"() {
        given:
        def admit = service([(Throttle.TOKEN_PER_CLIENT): new RateLimit(1, Duration.ofMinutes(1))])
        admit.admit(new ThrottledRequest(Throttle.TOKEN_PER_CLIENT, 'a' * 10_000))

        expect:
        admit.admit(new ThrottledRequest(Throttle.TOKEN_PER_CLIENT, 'b' * 10_000)) instanceof Admission.Refused
        buckets.keys.every { it == 'token-client:oversized' }
    }

    def "Retry-After is in whole seconds, rounded up: #wait is #seconds s"() {
        expect:
        new Admission.Refused(wait).retryAfterSeconds() == seconds

        where:
        wait                      || seconds
        Duration.ofMillis(1)      || 1
        Duration.ofSeconds(1)     || 1
        Duration.ofMillis(1001)   || 2
        Duration.ofSeconds(30)    || 30
    }

    def "a rate limit counts zero or more requests over a positive period"() {
        when:
        new RateLimit(requests, period)

        then:
        thrown(IllegalArgumentException)

        where:
        requests | period
        -1       | Duration.ofSeconds(1)
        1        | Duration.ZERO
        1        | Duration.ofSeconds(-1)
    }
}
