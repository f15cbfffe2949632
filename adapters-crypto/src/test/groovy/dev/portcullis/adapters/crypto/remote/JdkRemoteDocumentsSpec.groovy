package dev.portcullis.adapters.crypto.remote

import com.sun.net.httpserver.HttpServer
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * Fetching what clients name, against a tiny HTTP server on loopback: which is exactly what the server refuses
 * to fetch unless private hosts are allowed.
 */
class JdkRemoteDocumentsSpec extends Specification {

    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
    AtomicInteger hits = new AtomicInteger()
    CountDownLatch release = new CountDownLatch(1)

    def setup() {
        serve('/request', 200, 'eyJhbGciOiJub25lIn0.eyJzY29wZSI6Im9wZW5pZCJ9.')
        serve('/jwks', 200, '{"keys":[{"kty":"EC","kid":"k1"}]}')
        serve('/array', 200, '[1, 2]')
        serve('/missing', 404, 'not here')
        serve('/large', 200, 'x' * 2000)
        server.createContext('/redirect') { exchange ->
            hits.incrementAndGet()
            exchange.responseHeaders.add('Location', url('/request').toString())
            exchange.sendResponseHeaders(302, -1)
            exchange.close()
        }
        server.createContext('/slow') { exchange ->
            hits.incrementAndGet()
            release.await(5, TimeUnit.SECONDS)
            exchange.sendResponseHeaders(200, 0)
            exchange.close()
        }
        server.start()
    }

    def cleanup() {
        release.countDown()
        server.stop(0)
    }

    void serve(String path, int status, String body) {
        server.createContext(path) { exchange ->
            hits.incrementAndGet()
            def bytes = body.getBytes(StandardCharsets.UTF_8)
            exchange.sendResponseHeaders(status, bytes.length)
            exchange.responseBody.withCloseable { it.write(bytes) }
        }
    }

    URI url(String path) {
        URI.create("http://127.0.0.1:${server.address.port}$path")
    }

    static JdkRemoteDocuments documents(boolean allowPrivateHosts, int maxBytes = 1024) {
        new JdkRemoteDocuments(Duration.ofMillis(500), maxBytes, allowPrivateHosts)
    }

    def "a document is fetched as text when private hosts are allowed"() {
        expect:
        documents(true).text(url('/request')) == Optional.of('eyJhbGciOiJub25lIn0.eyJzY29wZSI6Im9wZW5pZCJ9.')
    }

    def "a JSON object is fetched and parsed"() {
        expect:
        documents(true).json(url('/jwks')).get().members() == [keys: [[kty: 'EC', kid: 'k1']]]
        documents(true).json(url('/array')).isEmpty()
    }

    def "a loopback host is not even asked unless private hosts are allowed"() {
        expect:
        documents(false).text(url('/request')).isEmpty()
        documents(false).json(url('/jwks')).isEmpty()
        hits.get() == 0
    }

    def "#what is not fetched"() {
        expect:
        documents(true).text(url(path)).isEmpty()

        where:
        what                                | path
        'an answer other than 200'          | '/missing'
        'a body over the size limit'        | '/large'
        'a redirect, which is not followed' | '/redirect'
        'an answer that does not come in time' | '/slow'
    }

    def "only http and https URLs are fetched"() {
        expect:
        documents(true).text(URI.create(uri)).isEmpty()

        where:
        uri << ['file:///etc/passwd', 'ftp://127.0.0.1/x', 'urn:ietf:params:oauth:request_uri:abc']
    }

    def "the redirect's target is never asked"() {
        when:
        documents(true).text(url('/redirect'))

        then:
        hits.get() == 1
    }

    def "#address is #kind"() {
        expect:
        JdkRemoteDocuments.isPrivate(InetAddress.getByName(address)) == refused

        where:
        address           | refused
        '127.0.0.1'       | true
        '10.1.2.3'        | true
        '172.16.0.1'      | true
        '192.168.1.1'     | true
        '169.254.169.254' | true
        '100.64.0.1'      | true
        '0.0.0.0'         | true
        '224.0.0.1'       | true
        '::1'             | true
        'fc00::1'         | true
        'fd12:3456::1'    | true
        'fe80::1'         | true
        '::ffff:10.0.0.1' | true
        '93.184.216.34'   | false
        '8.8.8.8'         | false
        '2606:4700::1111' | false

        kind = refused ? 'private, so refused' : 'public'
    }

    def "a timeout or size limit that is not positive is refused"() {
        when:
        new JdkRemoteDocuments(timeout, size, false)

        then:
        thrown(IllegalArgumentException)

        where:
        timeout           | size
        Duration.ZERO     | 1
        Duration.ofSeconds(1) | 0
    }
}
