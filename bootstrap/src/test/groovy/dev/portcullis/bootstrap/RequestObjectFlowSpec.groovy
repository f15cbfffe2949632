package dev.portcullis.bootstrap

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.ECDSASigner
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jose.jwk.Curve
import com.nimbusds.jose.jwk.ECKey
import com.nimbusds.jose.jwk.JWK
import com.nimbusds.jose.jwk.RSAKey
import com.nimbusds.jose.jwk.gen.ECKeyGenerator
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.PlainJWT
import com.nimbusds.jwt.SignedJWT
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.security.MessageDigest
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

/**
 * Request objects through the whole server (RFC 9101, OIDC Core §6): the code flow with a signed object, with an
 * unsigned one, and with one by reference that the server fetches, with the client's keys, from a tiny HTTP server
 * on loopback. One server may fetch from loopback (as conformance runs configure it); the other keeps the default
 * and refuses to.
 */
class RequestObjectFlowSpec extends Specification {

    static final String CALLBACK = 'https://client.example.com/callback'

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @TempDir
    Path otherDataDir

    /** Fetches from private hosts, as the conformance runs allow it to. */
    @Shared
    RunningServer portcullis

    /** The default: never fetches from loopback or private addresses. */
    @Shared
    RunningServer guarded

    /** Where clients publish request objects and JWK Sets: path to body. */
    @Shared
    HttpServer published

    @Shared
    Map<String, String> documents = new ConcurrentHashMap<>()

    @Shared
    AtomicInteger fetches = new AtomicInteger()

    @Shared
    RSAKey rsa = new RSAKeyGenerator(2048).keyID('rp-rsa').generate()

    @Shared
    ECKey ec = new ECKeyGenerator(Curve.P_256).keyID('rp-ec').generate()

    Browser browser
    String verifier = randomVerifier()

    def setupSpec() {
        portcullis = new RunningServer(RunningServer.memory(dataDir) +
                ['portcullis.client-documents.allow-private-hosts': true, 'portcullis.client-documents.allow-http': true])
        guarded = new RunningServer(RunningServer.memory(otherDataDir))
        published = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
        published.createContext('/') { exchange ->
            fetches.incrementAndGet()
            def body = documents[exchange.requestURI.path]
            def bytes = (body ?: 'not found').getBytes(StandardCharsets.UTF_8)
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length)
            exchange.responseBody.withCloseable { it.write(bytes) }
        }
        published.start()
    }

    def cleanupSpec() {
        published?.stop(0)
        portcullis?.close()
        guarded?.close()
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    def cleanup() {
        browser?.close()
    }

    def "discovery advertises request objects by value and by reference, unsigned ones included"() {
        when:
        def document = portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        document.request_parameter_supported == true
        document.request_uri_parameter_supported == true
        document.require_request_uri_registration == false
        document.request_object_signing_alg_values_supported.containsAll(['none', 'RS256', 'PS256', 'ES256'])
    }

    def "the code flow with a signed request object: its members supersede the query's parameters"() {
        given:
        def client = register(portcullis, [jwks: [keys: [rsa.toPublicJWK().toJSONObject()]], request_object_signing_alg: 'RS256'])
        def object = signed(rsa, JWSAlgorithm.RS256, claims(portcullis, client, [state: 'from-object', nonce: 'object-nonce',
                                                                                  scope: 'openid profile', max_age: 3600]))

        when:
        def start = authorize(client, [request: object, state: 'from-query', scope: 'openid'])
        def challenge = Browser.parameters(Browser.location(start)).login_challenge
        def loginRequest = adminGet(portcullis, "/admin/oauth2/auth/requests/login?login_challenge=$challenge")
        def callback = Browser.parameters(throughConsent(portcullis, challenge, ['openid', 'profile']))
        def tokens = redeem(portcullis, client, callback.code)

        then:
        loginRequest.requested_scope == ['openid', 'profile']
        callback.state == 'from-object'
        SignedJWT.parse(tokens.id_token as String).JWTClaimsSet.getStringClaim('nonce') == 'object-nonce'
    }

    def "the code flow with an unsigned request object"() {
        given:
        def client = register(portcullis)
        def object = new PlainJWT(JWTClaimsSet.parse(claims(portcullis, client, [state: 'unsigned']))).serialize()

        when:
        def start = authorize(client, [request: object])
        def challenge = Browser.parameters(Browser.location(start)).login_challenge
        def callback = Browser.parameters(throughConsent(portcullis, challenge, ['openid']))

        then:
        callback.state == 'unsigned'
        redeem(portcullis, client, callback.code).access_token
    }

    def "the code flow with a request_uri: the object and the client's jwks_uri are fetched from the client's host"() {
        given:
        def id = UUID.randomUUID().toString()
        documents["/$id/jwks.json".toString()] = JsonOutput.toJson([keys: [ec.toPublicJWK().toJSONObject()]])
        def client = register(portcullis, [jwks_uri: published("/$id/jwks.json")])
        documents["/$id/request.jwt".toString()] = signed(ec, JWSAlgorithm.ES256, claims(portcullis, client, [state: 'by-reference']))

        when:
        def start = authorize(client, [request_uri: published("/$id/request.jwt")])
        def challenge = Browser.parameters(Browser.location(start)).login_challenge
        def callback = Browser.parameters(throughConsent(portcullis, challenge, ['openid']))

        then:
        callback.state == 'by-reference'
        redeem(portcullis, client, callback.code).access_token
    }

    def "a request object whose signature does not verify is invalid_request_object, in the form_post and with the state it asked for"() {
        given:
        def client = register(portcullis, [jwks: [keys: [rsa.toPublicJWK().toJSONObject()]]])
        def impostor = new RSAKeyGenerator(2048).keyID('rp-rsa').generate()
        def object = signed(impostor, JWSAlgorithm.PS256, claims(portcullis, client, [state: 'asked', response_mode: 'form_post']))

        when:
        def response = authorize(client, [request: object, state: 'query-state'])

        then:
        response.status == HttpStatus.OK
        def page = response.body() as String
        page.contains('action="' + CALLBACK + '"')
        page.contains('name="error" value="invalid_request_object"')
        page.contains('name="state" value="asked"')
    }

    def "an expired request object is invalid_request_object, redirected with its state"() {
        given:
        def client = register(portcullis, [jwks: [keys: [ec.toPublicJWK().toJSONObject()]]])
        def object = signed(ec, JWSAlgorithm.ES256, claims(portcullis, client,
                [state: 'late', exp: java.time.Instant.now().epochSecond - 60]))

        when:
        def answer = Browser.parameters(Browser.location(authorize(client, [request: object])))

        then:
        answer.error == 'invalid_request_object'
        answer.state == 'late'
    }

    def "by default the server does not fetch a request_uri on a loopback host"() {
        given:
        def id = UUID.randomUUID().toString()
        def client = register(guarded)
        documents["/$id/request.jwt".toString()] = new PlainJWT(JWTClaimsSet.parse(claims(guarded, client, [:]))).serialize()
        def before = fetches.get()

        def elsewhere = new Browser(guarded)

        when:
        def response = authorize(client, [request_uri: published("/$id/request.jwt"), state: 'st'], elsewhere)
        def answer = Browser.parameters(Browser.location(response))

        then:
        response.status == HttpStatus.FOUND
        Browser.location(response).startsWith(CALLBACK + '?')
        answer.error == 'invalid_request_uri'
        answer.state == 'st'
        fetches.get() == before

        cleanup:
        elsewhere.close()
    }

    // ---- helpers ----

    String published(String path) {
        "http://127.0.0.1:${published.address.port}$path".toString()
    }

    static String issuer(RunningServer server) {
        server.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }

    Map<String, Object> claims(RunningServer server, Map client, Map<String, Object> changes) {
        [iss          : client.client_id, aud: issuer(server), client_id: client.client_id, response_type: 'code',
         redirect_uri : CALLBACK, scope: 'openid', state: 'object-state', code_challenge: challenge(verifier),
         code_challenge_method: 'S256', exp: java.time.Instant.now().epochSecond + 300] + changes
    }

    static String signed(JWK key, JWSAlgorithm algorithm, Map<String, Object> claims) {
        def jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.keyID).build(), JWTClaimsSet.parse(claims))
        jwt.sign(key instanceof RSAKey ? new RSASSASigner(key as RSAKey) : new ECDSASigner(key as ECKey))
        jwt.serialize()
    }

    Map register(RunningServer server, Map document = [:]) {
        def response = server.admin(HttpRequest.POST('/admin/clients', [
                grant_types   : ['authorization_code'],
                response_types: ['code'],
                redirect_uris : [CALLBACK],
                scope         : 'openid profile'] + document))
        assert response.status == HttpStatus.CREATED: server.body(response)
        server.body(response) as Map
    }

    /** The browser at the authorization endpoint with the query OAuth 2.0 requires, and {@code extra}. */
    HttpResponse<String> authorize(Map client, Map<String, String> extra, Browser at = browser) {
        def parameters = [response_type: 'code', client_id: client.client_id, redirect_uri: CALLBACK, scope: 'openid',
                          code_challenge: challenge(verifier), code_challenge_method: 'S256'] + extra
        at.get('/oauth2/auth?' + parameters.collect { k, v -> "$k=${URLEncoder.encode(v as String, 'UTF-8')}" }.join('&'))
    }

    /** Logs in and consents to {@code scope}: where the browser is sent with the code. */
    String throughConsent(RunningServer server, String loginChallenge, List<String> scope) {
        def toConsent = adminPut(server, "/admin/oauth2/auth/requests/login/accept?login_challenge=$loginChallenge",
                [subject: 'ada']).redirect_to
        def consentChallenge = Browser.parameters(Browser.location(browser.get(toConsent))).consent_challenge
        def toClient = adminPut(server, "/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge",
                [grant_scope: scope]).redirect_to
        def response = browser.get(toClient)
        assert response.status == HttpStatus.FOUND: response.body()
        Browser.location(response)
    }

    Map redeem(RunningServer server, Map client, String code) {
        def response = server.token(client.client_id, client.client_secret, [grant_type: 'authorization_code', code: code,
                                                                             redirect_uri: CALLBACK, code_verifier: verifier])
        assert response.status == HttpStatus.OK: server.body(response)
        server.body(response) as Map
    }

    static Map adminGet(RunningServer server, String path) {
        def response = server.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: server.body(response)
        server.body(response) as Map
    }

    static Map adminPut(RunningServer server, String path, Map body) {
        def response = server.admin(HttpRequest.PUT(path, body))
        assert response.status == HttpStatus.OK: server.body(response)
        server.body(response) as Map
    }

    static String randomVerifier() {
        def bytes = new byte[32]
        new java.security.SecureRandom().nextBytes(bytes)
        Base64.urlEncoder.withoutPadding().encodeToString(bytes)
    }

    static String challenge(String verifier) {
        Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
    }
}
