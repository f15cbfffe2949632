package dev.portcullis.application.ratelimit

import dev.portcullis.application.fakes.FakeRequestBuckets
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.port.RateLimit
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

class CheckRateLimitSpec extends Specification {

    def clock = new MutableClock(Instant.parse('2030-01-01T00:00:00Z'))
    def buckets = new FakeRequestBuckets(clock)
    def settings = new RateLimitSettings([(Throttle.LOGIN_PER_USERNAME): new RateLimit(2, Duration.ofMinutes(1))])
    def check = new RateLimitService(settings, buckets, new FakeTokenDigest())
    def count = new RateLimitService(settings, buckets, new FakeTokenDigest())
    def ada = new ThrottledRequest(Throttle.LOGIN_PER_USERNAME, 'ada')

    def "checking counts nothing: a caller checked again and again still has its whole limit"() {
        expect:
        (1..5).every { check.check(ada) == Admission.ADMITTED }
        count.admit(ada) == Admission.ADMITTED
        count.admit(ada) == Admission.ADMITTED
        buckets.keys.size() == 2
    }

    def "a caller whose counted requests reached the limit is refused, with the wait, in the bucket admit counts in"() {
        given:
        2.times { count.admit(ada) }

        expect:
        check.check(ada) == new Admission.Refused(Duration.ofSeconds(30))
        buckets.looked == buckets.keys[0..0]
        check.check(new ThrottledRequest(Throttle.LOGIN_PER_USERNAME, 'grace')) == Admission.ADMITTED
    }

    def "a throttle that is off is never looked into"() {
        expect:
        check.check(new ThrottledRequest(Throttle.LOGIN_PER_IP, '203.0.113.7')) == Admission.ADMITTED
        buckets.looked.empty
    }
}
