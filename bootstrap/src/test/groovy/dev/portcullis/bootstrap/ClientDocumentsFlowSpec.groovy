package dev.portcullis.bootstrap

import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jose.jwk.RSAKey
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpsConfigurator
import com.sun.net.httpserver.HttpsServer
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory
import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.security.KeyStore

/**
 * The documents a registered client publishes, served over HTTPS by a server in the spec on loopback (which the
 * configuration allows): its redirect URIs at a sector_identifier_uri (OIDC Registration §5), checked when it
 * registers, and its keys at a jwks_uri, fetched when it authenticates and again when it signs with a new key.
 * The JVM trusts the spec server's self-signed certificate for the length of the spec, as an operator would add
 * a certificate to the trust store.
 */
class ClientDocumentsFlowSpec extends Specification {

    static final String CALLBACK = DynamicRegistrationFlowSpec.CALLBACK

    @Shared
    @TempDir
    Path dataDir

    @Shared
    HttpsServer documents

    @Shared
    SSLContext previousDefault

    @Shared
    @AutoCleanup
    RunningServer portcullis

    /** What the spec server answers, by path; changed by the features. */
    @Shared
    Map<String, String> published = [:].asSynchronized()

    @Shared
    Map<String, Integer> requests = [:].withDefault { 0 }.asSynchronized()

    def setupSpec() {
        def password = 'changeit'.toCharArray()
        def keystore = dataDir.resolve('documents.p12')
        def keytool = new ProcessBuilder(Path.of(System.getProperty('java.home'), 'bin', 'keytool').toString(), '-genkeypair',
                '-alias', 'documents', '-keyalg', 'RSA', '-keysize', '2048', '-validity', '2', '-dname', 'CN=localhost',
                '-ext', 'SAN=dns:localhost,ip:127.0.0.1', '-storetype', 'PKCS12', '-keystore', keystore.toString(),
                '-storepass', 'changeit', '-keypass', 'changeit').redirectErrorStream(true).start()
        assert keytool.waitFor() == 0: keytool.inputStream.text
        def keys = KeyStore.getInstance('PKCS12')
        keystore.toFile().withInputStream { keys.load(it, password) }
        def keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.defaultAlgorithm)
        keyManagers.init(keys, password)
        def trust = KeyStore.getInstance('PKCS12')
        trust.load(null, null)
        trust.setCertificateEntry('documents', keys.getCertificate('documents'))
        def trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.defaultAlgorithm)
        trustManagers.init(trust)

        def serverContext = SSLContext.getInstance('TLS')
        serverContext.init(keyManagers.keyManagers, null, null)
        documents = HttpsServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
        documents.httpsConfigurator = new HttpsConfigurator(serverContext)
        documents.createContext('/') { HttpExchange exchange ->
            def path = exchange.requestURI.path
            requests[path] = requests[path] + 1
            def body = published[path]
            def bytes = (body ?: '{}').getBytes(StandardCharsets.UTF_8)
            exchange.responseHeaders.add('Content-Type', 'application/json')
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length)
            exchange.responseBody.withCloseable { it.write(bytes) }
        }
        documents.start()

        previousDefault = SSLContext.default
        def clientContext = SSLContext.getInstance('TLS')
        clientContext.init(null, trustManagers.trustManagers, null)
        SSLContext.default = clientContext

        portcullis = new RunningServer(RunningServer.memory(dataDir) + [
                'portcullis.registration.enabled'                : true,
                'portcullis.client-documents.allow-private-hosts': true])
    }

    def cleanupSpec() {
        documents?.stop(0)
        if (previousDefault != null) {
            SSLContext.default = previousDefault
        }
    }

    String url(String path) {
        "https://localhost:${documents.address.port}$path"
    }

    def "a sector_identifier_uri that lists the redirect URIs is accepted, and echoed"() {
        given:
        published['/good-sector.json'] = """["$CALLBACK", "https://rp.example.com/other"]"""

        when:
        def response = DynamicRegistrationFlowSpec.post(portcullis,
                DynamicRegistrationFlowSpec.metadata(sector_identifier_uri: url('/good-sector.json')))

        then:
        response.status == HttpStatus.CREATED
        (portcullis.body(response) as Map).sector_identifier_uri == url('/good-sector.json')
    }

    def "a sector_identifier_uri is refused with 400 invalid_client_metadata when #problem"() {
        given:
        if (document != null) {
            published[path] = document
        }

        when:
        def response = DynamicRegistrationFlowSpec.post(portcullis,
                DynamicRegistrationFlowSpec.metadata(sector_identifier_uri: url(path)))

        then:
        response.status == HttpStatus.BAD_REQUEST
        (portcullis.body(response) as Map).error == 'invalid_client_metadata'

        where:
        problem                                   | path                  | document
        'it does not list the redirect URI'       | '/bad-sector.json'    | '["https://rp.example.com/other"]'
        'it is not there'                         | '/missing-sector.json' | null
        'it is not an array'                      | '/object-sector.json' | """{"redirect_uris": ["$CALLBACK"]}"""
    }

    def "keys at a jwks_uri authenticate the client, and a new key is found when the client signs with it"() {
        given:
        def first = DynamicRegistrationFlowSpec.rsaKey('first')
        published['/rp/jwks.json'] = new JWKSet(first.toPublicJWK()).toString()
        def registration = DynamicRegistrationFlowSpec.registered(portcullis, DynamicRegistrationFlowSpec.metadata(
                token_endpoint_auth_method: 'private_key_jwt', jwks_uri: url('/rp/jwks.json')))
        def issuer = portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
        def clientId = registration.client_id as String
        def verifier = 'w' * 43

        when:
        def code = DynamicRegistrationFlowSpec.code(portcullis, clientId, verifier)
        def tokens = DynamicRegistrationFlowSpec.tokenWithAssertion(portcullis, [grant_type: 'authorization_code',
                code: code, redirect_uri: CALLBACK, code_verifier: verifier],
                DynamicRegistrationFlowSpec.assertion(first, clientId, issuer + '/oauth2/token'))

        then:
        tokens.status == HttpStatus.OK
        (portcullis.body(tokens) as Map).id_token
        requests['/rp/jwks.json'] == 1

        when: 'the client rotates to a new key and signs with it, more than five seconds later'
        def second = DynamicRegistrationFlowSpec.rsaKey('second')
        published['/rp/jwks.json'] = new JWKSet(second.toPublicJWK()).toString()
        Thread.sleep(5100)
        def refresh = DynamicRegistrationFlowSpec.tokenWithAssertion(portcullis, [grant_type: 'authorization_code',
                code: 'used-or-unknown', redirect_uri: CALLBACK, code_verifier: verifier],
                DynamicRegistrationFlowSpec.assertion(second, clientId, issuer))

        then: 'the client authenticates (the code is what is wrong), after one more fetch'
        (portcullis.body(refresh) as Map).error == 'invalid_grant'
        requests['/rp/jwks.json'] == 2
    }
}
