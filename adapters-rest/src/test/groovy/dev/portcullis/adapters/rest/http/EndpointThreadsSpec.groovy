package dev.portcullis.adapters.rest.http

import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

import java.util.concurrent.CompletionException
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

class EndpointThreadsSpec extends Specification {

    def workers = Executors.newSingleThreadExecutor { new Thread(it, 'worker-under-test') }

    def cleanup() {
        workers.shutdownNow()
    }

    def "on the event loop the work runs on the calling thread, before run returns"() {
        given:
        def threads = new EndpointThreads(EndpointThreads.Mode.EVENT_LOOP, workers)

        when:
        def future = threads.run { Thread.currentThread().name }

        then:
        future.isDone()
        future.join() == Thread.currentThread().name
    }

    def "on the event loop a failure is thrown as it is"() {
        given:
        def threads = new EndpointThreads(EndpointThreads.Mode.EVENT_LOOP, workers)

        when:
        threads.run { throw OAuthException.invalidRequest('bad') }

        then:
        def e = thrown(OAuthException)
        e.message.contains('bad')
    }

    def "on the worker pool the work runs on a worker, and a failure completes the future with it"() {
        given:
        def threads = new EndpointThreads(EndpointThreads.Mode.WORKER_POOL, workers)

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
