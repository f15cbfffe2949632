package dev.portcullis.application.port

import dev.portcullis.domain.authorization.LogoutRequest
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static dev.portcullis.application.port.Flows.NOW
import static dev.portcullis.application.port.Flows.hash

/**
 * What every {@link LogoutRequestRepository} must do. Subclassed by the fake, the memory adapter and the JDBC adapter
 * on H2 and PostgreSQL; each subclass hands out a repository with no requests in it. Times are whole milliseconds.
 */
abstract class LogoutRequestRepositoryContractSpec extends Specification {

    /** A repository holding no logout requests. */
    abstract LogoutRequestRepository emptyRepository()

    LogoutRequestRepository repository

    def setup() {
        repository = emptyRepository()
    }

    def "a request that was added is found by its challenge with every field as it was, #description"() {
        when:
        def added = repository.add(request)

        then:
        added
        repository.findByChallenge(request.challenge()).get() == request

        where:
        description                                  | request
        'sent by a relying party'                    | Flows.logout('full')
        'started by the user, nothing optional set'  | Flows.logout('minimal', full: false)
        'already accepted'                           | Flows.logout('accepted').accept(hash('lv-accepted'))
        'done, with optional text present but empty' | Flows.logoutWithEmptyText('empty')
    }

    def "an unknown challenge or verifier finds nothing"() {
        given:
        repository.add(Flows.logout('known').accept(hash('lv-known')))

        expect:
        repository.findByChallenge(hash('lo-unknown')).isEmpty()
        repository.findByVerifier(hash('lv-unknown')).isEmpty()
        repository.findByVerifier(hash('lo-known')).isEmpty()
        repository.findByChallenge(hash('lv-known')).isEmpty()
    }

    def "adding a request whose challenge is taken is refused and writes nothing"() {
        given:
        def first = Flows.logout('taken')
        repository.add(first)
        def second = new LogoutRequest(first.challenge(), 0, LogoutRequest.Stage.REQUESTED, 'bob', 'sid-bob',
                Optional.empty(), Optional.empty(), Optional.empty(), false, 'https://auth.example.com/logout',
                Optional.empty(), NOW.plusSeconds(60))

        when:
        def added = repository.add(second)

        then:
        !added
        repository.findByChallenge(first.challenge()).get() == first
    }

    def "an accepted request is found by its verifier, and not before"() {
        given:
        def requested = Flows.logout('accepting')
        repository.add(requested)
        def accepted = requested.accept(hash('lv-accepting'))

        expect:
        repository.findByVerifier(hash('lv-accepting')).isEmpty()
        repository.update(accepted)
        repository.findByVerifier(hash('lv-accepting')).get() == accepted
        repository.findByChallenge(requested.challenge()).get() == accepted
        repository.update(accepted.finish())
        repository.findByVerifier(hash('lv-accepting')).get() == accepted.finish()
        repository.findByVerifier(hash('lv-accepting')).get().version() == 2
    }

    def "an update derived from a stale read is refused and changes nothing"() {
        given:
        def stored = Flows.logout('stale')
        repository.add(stored)
        def accepted = stored.accept(hash('lv-stale'))
        repository.update(stored.reject())

        when:
        def updated = repository.update(accepted)

        then:
        !updated
        repository.findByChallenge(stored.challenge()).get() == stored.reject()
        repository.findByVerifier(hash('lv-stale')).isEmpty()
    }

    def "an update that skips a version is refused"() {
        given:
        def stored = Flows.logout('skipping')
        repository.add(stored)

        expect:
        !repository.update(stored.accept(hash('lv-skipping')).finish())
        repository.findByChallenge(stored.challenge()).get() == stored
    }

    def "updating a request that is gone is refused"() {
        given:
        def ghost = Flows.logout('ghost').accept(hash('lv-ghost'))

        expect:
        !repository.update(ghost)
        repository.findByChallenge(ghost.challenge()).isEmpty()
        repository.findByVerifier(hash('lv-ghost')).isEmpty()
    }

    def "of 50 concurrent updates from one version exactly one lands"() {
        given:
        def stored = Flows.logout('contested')
        repository.add(stored)
        def threads = 50
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)
        def racers = (1..threads).collect { n -> stored.accept(hash("lv-racer-$n")) }

        when:
        def results = racers.collect { racer -> pool.submit({ start.await(); repository.update(racer) } as Callable<Boolean>) }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.findByChallenge(stored.challenge()).get() == racers[outcomes.indexOf(true)]
        (1..threads).count { repository.findByVerifier(hash("lv-racer-$it")).isPresent() } == 1

        cleanup:
        pool.shutdownNow()
    }

    def "removing expired requests deletes exactly those that expired before the cut-off"() {
        given:
        def cutoff = NOW.plus(Duration.ofDays(1))
        repository.add(Flows.logout('long-gone', expiresAt: NOW).accept(hash('lv-long-gone')))
        repository.add(Flows.logout('just-gone', expiresAt: cutoff.minusMillis(1)))
        repository.add(Flows.logout('at-cutoff', expiresAt: cutoff))
        repository.add(Flows.logout('still-valid', expiresAt: cutoff.plusMillis(1)))

        when:
        def removed = repository.removeExpired(cutoff)

        then:
        removed == 2
        ['long-gone', 'just-gone'].every { repository.findByChallenge(hash("lo-$it")).isEmpty() }
        repository.findByVerifier(hash('lv-long-gone')).isEmpty()
        ['at-cutoff', 'still-valid'].every { repository.findByChallenge(hash("lo-$it")).isPresent() }
        repository.removeExpired(cutoff) == 0
    }
}
