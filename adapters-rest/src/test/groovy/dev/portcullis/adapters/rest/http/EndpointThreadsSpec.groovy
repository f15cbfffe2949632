package dev.portcullis.adapters.rest.http

import dev.portcullis.application.token.ClientCredentials
import dev.portcullis.application.token.CredentialCostUseCase
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

import java.util.concurrent.CompletionException
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

class EndpointThreadsSpec extends Specification {

    static final CredentialCostUseCase NOTHING_SLOW = { false } as CredentialCostUseCase

    def workers = Executors.newSingleThreadExecutor { new Thread(it, 'worker-under-test') }

    def cleanup() {
        workers.shutdownNow()
    }

    def "on the event loop the work runs on the calling thread, before run returns"() {
        given:
        def threads = new EndpointThreads(EndpointThreads.Mode.EVENT_LOOP, workers, NOTHING_SLOW)

        when:
        def future = threads.run { Thread.currentThread().name }

        then:
        future.isDone()
        future.join() == Thread.currentThread().name
    }

    def "on the event loop a client whose secret needs a slow hash is served by a worker, any other client at once"() {
        given:
        def slow = ClientCredentials.basic('chosen-secret-client', 'secret')
        def fast = ClientCredentials.basic('generated-secret-client', 'secret')
        def threads = new EndpointThreads(EndpointThreads.Mode.EVENT_LOOP, workers, { it == slow } as CredentialCostUseCase)

        expect:
        threads.runFor(Optional.of(slow)) { Thread.currentThread().name }.get(10, TimeUnit.SECONDS) == 'worker-under-test'
        threads.runFor(Optional.of(fast)) { Thread.currentThread().name }.join() == Thread.currentThread().name
        threads.runFor(Optional.empty()) { Thread.currentThread().name }.join() == Thread.currentThread().name
    }

    def "on the event loop a failure is thrown as it is"() {
        given:
        def threads = new EndpointThreads(EndpointThreads.Mode.EVENT_LOOP, workers, NOTHING_SLOW)

        when:
        threads.run { throw OAuthException.invalidRequest('bad') }

        then:
        def e = thrown(OAuthException)
        e.message.contains('bad')
    }

    def "on the worker pool the work runs on a worker, and a failure completes the future with it"() {
        given:
        def threads = new EndpointThreads(EndpointThreads.Mode.WORKER_POOL, workers, NOTHING_SLOW)

        expect:
        threads.run { Thread.currentThread().name }.get(10, TimeUnit.SECONDS) == 'worker-under-test'

        when:
        threads.run { throw OAuthException.invalidRequest('bad') }.join()

        then:
        def e = thrown(CompletionException)
        e.cause instanceof OAuthException
    }

    def "the configuration names are event-loop and worker-pool, and nothing else"() {
        expect:
        EndpointThreads.Mode.ofConfigName('event-loop') == EndpointThreads.Mode.EVENT_LOOP
        EndpointThreads.Mode.ofConfigName('worker-pool') == EndpointThreads.Mode.WORKER_POOL
        EndpointThreads.Mode.WORKER_POOL.configName() == 'worker-pool'

        when:
        EndpointThreads.Mode.ofConfigName('auto')

        then:
        thrown(IllegalArgumentException)
    }
}
