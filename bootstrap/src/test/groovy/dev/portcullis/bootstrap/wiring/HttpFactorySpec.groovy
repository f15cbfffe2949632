package dev.portcullis.bootstrap.wiring

import dev.portcullis.adapters.rest.http.EndpointThreads
import io.micronaut.context.exceptions.ConfigurationException
import spock.lang.Specification

import static dev.portcullis.adapters.rest.http.EndpointThreads.Mode.EVENT_LOOP
import static dev.portcullis.adapters.rest.http.EndpointThreads.Mode.WORKER_POOL

class HttpFactorySpec extends Specification {

    def "auto runs the endpoints on the event loop only when storage is in this process: #storage #url -> #expected"() {
        expect:
        HttpFactory.modeFor('auto', storage, url) == expected

        where:
        storage  | url                                              || expected
        'jdbc'   | 'jdbc:h2:file:./data/portcullis'                 || EVENT_LOOP
        'jdbc'   | 'jdbc:h2:mem:test;DB_CLOSE_DELAY=-1'             || EVENT_LOOP
        'jdbc'   | 'jdbc:h2:./data/portcullis'                      || EVENT_LOOP
        'jdbc'   | 'JDBC:H2:FILE:/var/lib/portcullis/db'            || EVENT_LOOP
        'jdbc'   | 'jdbc:h2:tcp://db.internal/portcullis'           || WORKER_POOL
        'jdbc'   | 'jdbc:h2:ssl://db.internal/portcullis'           || WORKER_POOL
        'jdbc'   | 'jdbc:postgresql://127.0.0.1:5432/portcullis'    || WORKER_POOL
        'jdbc'   | ''                                               || WORKER_POOL
        'memory' | ''                                               || EVENT_LOOP
        'memory' | 'jdbc:postgresql://127.0.0.1:5432/portcullis'    || EVENT_LOOP
    }

    def "an explicit mode wins over what auto would pick"() {
        expect:
        HttpFactory.modeFor('worker-pool', 'memory', '') == WORKER_POOL
        HttpFactory.modeFor('event-loop', 'jdbc', 'jdbc:postgresql://h/db') == EVENT_LOOP
    }

    def "an unknown mode stops start-up with the key and the allowed values"() {
        when:
        HttpFactory.modeFor('eventloop', 'jdbc', '')

        then:
        def e = thrown(ConfigurationException)
        e.message.contains('portcullis.http.endpoint-threads')
        e.message.contains('auto, event-loop or worker-pool')
    }
}
