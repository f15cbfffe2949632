package dev.portcullis.application.port

import dev.portcullis.domain.authorization.LoginSession
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

import static dev.portcullis.application.port.Flows.NOW
import static dev.portcullis.application.port.Flows.hash

/**
 * What every {@link LoginSessionRepository} must do. Subclassed by the fake, the memory adapter and the JDBC adapter
 * on H2 and PostgreSQL; each subclass hands out a repository with no sessions in it. Times are whole milliseconds.
 */
abstract class LoginSessionRepositoryContractSpec extends Specification {

    /** A repository holding no sessions. */
    abstract LoginSessionRepository emptyRepository()

    LoginSessionRepository repository

    def setup() {
        repository = emptyRepository()
    }

    def "a session that was added is found by its cookie with every field as it was, #description"() {
        when:
        def added = repository.add(session)

        then:
        added
        repository.findByCookie(session.cookie()).get() == session

        where:
        description                           | session
        'remembered'                          | Flows.session('remembered')
        'not remembered'                      | Flows.session('forgotten', remembered: false, subject: 'user 42 ✓')
        'authenticated at an odd millisecond' | Flows.session('precise', authenticatedAt: NOW.plusMillis(876))
    }

    def "an unknown cookie finds nothing"() {
        given:
        repository.add(Flows.session('known'))

        expect:
        repository.findByCookie(hash('cookie-unknown')).isEmpty()
    }

    def "an expired session is still found by its cookie"() {
        given:
        def expired = Flows.session('expired', authenticatedAt: NOW.minus(Duration.ofDays(60)), expiresAt: NOW.minusMillis(1))
        repository.add(expired)

        expect:
        repository.findByCookie(expired.cookie()).get() == expired
    }

    def "adding a session whose #taken is taken is refused and writes nothing"() {
        given:
        def first = Flows.session('first')
        repository.add(first)

        when:
        def added = repository.add(second)

        then:
        !added
        repository.findByCookie(first.cookie()).get() == first
        second.cookie() == first.cookie() || repository.findByCookie(second.cookie()).isEmpty()

        where:
        taken    | second
        'id'     | new LoginSession('sid-first', hash('cookie-second'), 'bob', NOW, true, NOW.plusSeconds(60))
        'cookie' | new LoginSession('sid-second', hash('cookie-first'), 'bob', NOW, true, NOW.plusSeconds(60))
    }

    def "of many concurrent adds with one cookie exactly one succeeds"() {
        given:
        def threads = 8
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(threads)
        def racers = (1..threads).collect { n ->
            new LoginSession("sid-racer-$n", hash('cookie-contested'), "racer $n", NOW, true, NOW.plusSeconds(60))
        }

        when:
        def results = racers.collect { racer -> pool.submit({ start.await(); repository.add(racer) } as Callable<Boolean>) }
        start.countDown()
        def outcomes = results*.get()

        then:
        outcomes.count { it } == 1
        repository.findByCookie(hash('cookie-contested')).get() == racers[outcomes.indexOf(true)]

        cleanup:
        pool.shutdownNow()
    }

    def "a removed session is gone, and removing it again reports that nothing was there"() {
        given:
        def session = Flows.session('short-lived')
        repository.add(session)
        repository.add(Flows.session('staying'))

        expect:
        repository.remove(session.id())
        repository.findByCookie(session.cookie()).isEmpty()
        !repository.remove(session.id())
        repository.findByCookie(hash('cookie-staying')).isPresent()
    }

    def "a removed session's id and cookie can be taken again"() {
        given:
        def session = Flows.session('again')
        repository.add(session)
        repository.remove(session.id())

        expect:
        repository.add(session)
        repository.findByCookie(session.cookie()).get() == session
    }

    def "removing a subject ends every session of that subject and no other"() {
        given:
        repository.add(Flows.session('alice-laptop', subject: 'alice'))
        repository.add(Flows.session('alice-phone', subject: 'alice', remembered: false))
        repository.add(Flows.session('alice-old', subject: 'alice', expiresAt: NOW.minusSeconds(1)))
        repository.add(Flows.session('bob-laptop', subject: 'bob'))
        repository.add(Flows.session('alicia-laptop', subject: 'alicia'))

        when:
        def removed = repository.removeSubject('alice')

        then:
        removed == 3
        ['alice-laptop', 'alice-phone', 'alice-old'].every { repository.findByCookie(hash("cookie-$it")).isEmpty() }
        ['bob-laptop', 'alicia-laptop'].every { repository.findByCookie(hash("cookie-$it")).isPresent() }
        repository.removeSubject('alice') == 0
    }

    def "removing expired sessions deletes exactly those that expired before the cut-off"() {
        given:
        def cutoff = NOW.plus(Duration.ofDays(1))
        repository.add(Flows.session('long-gone', expiresAt: NOW))
        repository.add(Flows.session('just-gone', expiresAt: cutoff.minusMillis(1)))
        repository.add(Flows.session('at-cutoff', expiresAt: cutoff))
        repository.add(Flows.session('still-valid', expiresAt: cutoff.plusMillis(1)))

        when:
        def removed = repository.removeExpired(cutoff)

        then:
        removed == 2
        ['long-gone', 'just-gone'].every { repository.findByCookie(hash("cookie-$it")).isEmpty() }
        ['at-cutoff', 'still-valid'].every { repository.findByCookie(hash("cookie-$it")).isPresent() }
        repository.removeExpired(cutoff) == 0
    }
}
