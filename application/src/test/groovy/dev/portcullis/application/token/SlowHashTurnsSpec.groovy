package dev.portcullis.application.token

import dev.portcullis.domain.client.ClientId
import spock.lang.Specification

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger

class SlowHashTurnsSpec extends Specification {

    static final ClientId CLIENT = new ClientId('chosen-secret-client')
    static final ClientId OTHER = new ClientId('another-client')

    def "concurrent slow hashes for one client run one at a time"() {
        given:
        def turns = new SlowHashTurns(Duration.ofSeconds(30))
        def running = new AtomicInteger()
        def most = new AtomicInteger()
        def pool = Executors.newFixedThreadPool(6)
        def start = new CountDownLatch(1)

        when:
        def answers = (1..6).collect {
            pool.submit({ ->
                start.await()
                turns.inTurn(CLIENT) {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max)
                    Thread.sleep(20)
                    running.decrementAndGet()
                    true
                }
            } as Callable<Boolean>)
        }
        start.countDown()

        then:
        answers*.get().every()
        most.get() == 1

        cleanup:
        pool.shutdownNow()
    }

    def "each wrong secret doubles the pause before the client's next hash, up to the longest; a right one resets it"() {
        given:
        def turns = new SlowHashTurns()

        when:
        def pauses = (1..6).collect { turns.inTurn(CLIENT) { false }; turns.pauseOf(CLIENT).toMillis() }

        then:
        pauses == [50L, 100L, 200L, 400L, 800L, 1000L]
        turns.pauseOf(OTHER) == Duration.ZERO

        when:
        turns.inTurn(CLIENT) { true }

        then:
        turns.pauseOf(CLIENT) == Duration.ZERO
    }

    def "a request that does not get its turn in time fails without hashing"() {
        given:
        def turns = new SlowHashTurns(Duration.ofMillis(100))
        def holding = new CountDownLatch(1)
        def release = new CountDownLatch(1)
        def pool = Executors.newSingleThreadExecutor()
        pool.submit({ -> turns.inTurn(CLIENT) { holding.countDown(); release.await(); true } } as Callable<Boolean>)
        holding.await()
        def hashed = false

        when:
        def answer = turns.inTurn(CLIENT) { hashed = true; true }

        then:
        !answer
        !hashed

        and: 'another client is not held up'
        turns.inTurn(OTHER) { true }

        cleanup:
        release.countDown()
        pool.shutdownNow()
    }
}
