package dev.portcullis.adapters.crypto.remote

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.time.Duration

/** Fetching clients' documents from a local HTTP server: what is read, and every bound that refuses. */
class HttpRemoteDocumentsSpec extends Specification {

    @Shared
    HttpServer server

    @Shared
    @AutoCleanup
    Closeable stopper

    def setupSpec() {
        server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
        server.createContext('/jwks.json') { answer(it, 200, '{"keys": [{"kty": "RSA", "kid": "k1"}]}') }
        server.createContext('/redirect_uris.json') { answer(it, 200, '["https://rp.example.com/cb"]') }
        server.createContext('/missing') { answer(it, 404, '{}') }
        server.createContext('/text') { answer(it, 200, 'hello') }
        server.createContext('/large') { answer(it, 200, '["' + 'x' * 5000 + '"]') }
        server.createContext('/moved') { exchange ->
            exchange.responseHeaders.add('Location', url('/jwks.json'))
            answer(exchange, 302, '')
        }
        server.createContext('/slow') { exchange ->
            Thread.sleep(3000)
            answer(exchange, 200, '{}')
        }
        server.executor = java.util.concurrent.Executors.newCachedThreadPool()
        server.start()
        stopper = { server.stop(0) } as Closeable
    }

    static void answer(HttpExchange exchange, int status, String body) {
        def bytes = body.getBytes(StandardCharsets.UTF_8)
        exchange.responseHeaders.add('Content-Type', 'application/json')
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length)
        exchange.responseBody.withCloseable { it.write(bytes) }
    }

    String url(String path) {
        "http://127.0.0.1:${server.address.port}$path"
    }

    static HttpRemoteDocuments documents(boolean allowPrivateHosts = true, boolean allowHttp = true) {
        new HttpRemoteDocuments(new HttpRemoteDocuments.Settings(allowPrivateHosts, allowHttp, Duration.ofSeconds(1), 4096))
    }

    def "a JSON object and a JSON array are read"() {
        expect:
        documents().fetchJson(URI.create(url('/jwks.json'))).get() == [keys: [[kty: 'RSA', kid: 'k1']]]
        documents().fetchJson(URI.create(url('/redirect_uris.json'))).get() == ['https://rp.example.com/cb']
    }

    def "nothing is read when #what"() {
        expect:
        documents().fetchJson(URI.create(url(path))).isEmpty()

        where:
        what                                   | path
        'the answer is not 200'                | '/missing'
        'the answer is not JSON'               | '/text'
        'the answer is larger than allowed'    | '/large'
        'the answer is a redirect'             | '/moved'
        'the answer is slower than allowed'    | '/slow'
    }

    def "loopback hosts are refused unless allowed, and plain http unless allowed"() {
        expect:
        documents(false, true).fetchJson(URI.create(url('/jwks.json'))).isEmpty()
        documents(true, false).fetchJson(URI.create(url('/jwks.json'))).isEmpty()
        documents(false, false).fetchJson(URI.create('https://localhost/jwks.json')).isEmpty()
    }

    def "URLs that are not http(s) or carry credentials are refused"() {
        expect:
        documents().fetchJson(URI.create(uri)).isEmpty()

        where:
        uri << ['file:///etc/passwd', 'ftp://127.0.0.1/x', "http://user:pw@127.0.0.1/jwks.json"]
    }

    def "#address is #kind"() {
        expect:
        HttpRemoteDocuments.isPrivate(InetAddress.getByName(address)) == isPrivate

        where:
        address            || isPrivate
        '127.0.0.1'        || true
        '10.1.2.3'         || true
        '172.16.0.1'       || true
        '192.168.1.1'      || true
        '169.254.169.254'  || true
        '100.64.0.1'       || true
        '0.0.0.0'          || true
        '::1'              || true
        'fd00::1'          || true
        'fe80::1'          || true
        '::ffff:10.0.0.1'  || true
        '8.8.8.8'          || false
        '93.184.216.34'    || false
        '2001:4860::8888'  || false
        kind = isPrivate ? 'private' : 'public'
    }
}
