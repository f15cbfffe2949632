package dev.portcullis.bootstrap

import groovy.json.JsonSlurper
import spock.lang.Specification
import spock.lang.TempDir

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.Executors

/**
 * The embedded default in a process of its own, killed with SIGKILL while it issues tokens: every token it answered
 * with 200 is still there after the restart. A 200 means the write is durable, on H2 too.
 */
class CrashDurabilityH2Spec extends Specification {

    static final String SECRET = 'crash-spec-admin-secret-0123456789abcdef'
    static final String BASIC = 'Basic ' + "portcullis-admin:$SECRET".bytes.encodeBase64()

    @TempDir
    Path dataDir

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
    int port = new ServerSocket(0).withCloseable { it.localPort }
    List<Process> started = []

    /** What the server's environment adds for its storage; nothing for the embedded default. */
    Map<String, String> storage() {
        [:]
    }

    /** The server as the jar runs it: the main class, the default configuration, only its folder and port set. */
    Process start() {
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def builder = new ProcessBuilder(java, '-Xmx256m', '-cp', System.getProperty('java.class.path'),
                'dev.portcullis.bootstrap.Application')
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve('server.log').toFile())
        builder.environment().putAll([PORTCULLIS_DATA_DIR          : dataDir.toString(),
                                      PORTCULLIS_ISSUER            : "http://127.0.0.1:$port".toString(),
                                      MICRONAUT_SERVER_PORT        : port as String,
                                      PORTCULLIS_ADMIN_CLIENT_SECRET: SECRET,
                                      PORTCULLIS_SECRETS_SYSTEM    : 'crash-spec-system-secret-0123456789abcdef'] + storage())
        def process = builder.start()
        started << process
        def deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos()
        while (System.nanoTime() < deadline) {
            assert process.alive: dataDir.resolve('server.log').toFile().text
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:$port/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process
                }
            } catch (IOException ignored) {
            }
            Thread.sleep(200)
        }
        throw new AssertionError('the server did not become ready')
    }

    HttpResponse<String> post(String path, String form, String authorization = BASIC) {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:$port$path"))
                .header('Authorization', authorization).header('Content-Type', 'application/x-www-form-urlencoded')
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
    }

    def "every token answered with 200 before a kill -9 is found after the restart"() {
        given:
        def server = start()
        def answered = new ConcurrentLinkedQueue<String>()
        def pool = Executors.newFixedThreadPool(8)
        def until = System.nanoTime() + Duration.ofSeconds(3).toNanos()

        when: 'eight clients ask for tokens as fast as they are answered, and the process is killed while they do'
        def workers = (1..8).collect {
            pool.submit({ ->
                while (System.nanoTime() < until) {
                    try {
                        def response = post('/oauth2/token', 'grant_type=client_credentials&scope=portcullis:admin')
                        if (response.statusCode() == 200) {
                            answered << (new JsonSlurper().parseText(response.body()) as Map).access_token
                        }
                    } catch (IOException ignored) {
                        return
                    }
                }
            } as Callable<Void>)
        }
        Thread.sleep(Duration.ofSeconds(3).toMillis() - 200)
        server.destroyForcibly().waitFor()
        workers*.get()
        pool.shutdown()
        start()
        def lost = answered.count { token ->
            !(new JsonSlurper().parseText(post('/oauth2/introspect', 'token=' + URLEncoder.encode(token, StandardCharsets.UTF_8)).body()) as Map).active
        }

        then: 'of the tokens answered, none is missing'
        answered.size() > 100
        lost == 0

    }

    def "a code redeemed and a refresh token rotated just before a kill -9 stay spent after the restart"() {
        given: 'a client, a user through login and consent, and the code redeemed for tokens'
        start()
        def browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build()
        def admin = json(post('/oauth2/token', 'grant_type=client_credentials&scope=portcullis:admin')).access_token
        def client = json(send(HttpRequest.newBuilder(uri('/admin/clients')).header('Authorization', "Bearer $admin")
                .header('Content-Type', 'application/json').POST(HttpRequest.BodyPublishers.ofString(groovy.json.JsonOutput.toJson(
                [client_secret : 'crash-spec-client-secret-0123456789', grant_types: ['authorization_code', 'refresh_token'],
                 response_types: ['code'], redirect_uris: [CALLBACK], scope: 'openid offline_access', require_pkce: false]))).build()))
        def basic = 'Basic ' + "${client.client_id}:crash-spec-client-secret-0123456789".bytes.encodeBase64()
        def location = { HttpResponse r -> r.headers().firstValue('Location').orElseThrow() }
        def query = { String url -> URI.create(url).rawQuery.split('&').collectEntries { it.split('=', 2).collect { URLDecoder.decode(it, StandardCharsets.UTF_8) } } }
        def loginChallenge = query(location(browser.send(HttpRequest.newBuilder(uri("/oauth2/auth?response_type=code&client_id=${client.client_id}" +
                "&redirect_uri=${URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)}&scope=openid%20offline_access&state=s")).build(),
                HttpResponse.BodyHandlers.ofString()))).login_challenge
        def toConsent = json(put("/admin/oauth2/auth/requests/login/accept?login_challenge=$loginChallenge", admin, [subject: 'crash-user'])).redirect_to
        def consentChallenge = query(location(browser.send(HttpRequest.newBuilder(URI.create(toConsent as String)).build(), HttpResponse.BodyHandlers.ofString()))).consent_challenge
        def toCallback = json(put("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge", admin,
                [grant_scope: ['openid', 'offline_access']])).redirect_to
        def code = query(location(browser.send(HttpRequest.newBuilder(URI.create(toCallback as String)).build(), HttpResponse.BodyHandlers.ofString()))).code
        def redeem = "grant_type=authorization_code&code=${URLEncoder.encode(code as String, StandardCharsets.UTF_8)}&redirect_uri=${URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)}"
        def first = json(post('/oauth2/token', redeem, basic)).refresh_token as String

        when: 'the refresh token is rotated, and the server killed right after the answer'
        def rotated = post('/oauth2/token', "grant_type=refresh_token&refresh_token=${URLEncoder.encode(first, StandardCharsets.UTF_8)}", basic)
        started.last().destroyForcibly().waitFor()
        def second = json(rotated).refresh_token as String
        start()

        then: 'the rotation happened: the new refresh token works'
        rotated.statusCode() == 200
        post('/oauth2/token', "grant_type=refresh_token&refresh_token=${URLEncoder.encode(second, StandardCharsets.UTF_8)}", basic).statusCode() == 200

        and: 'the code and the first refresh token are spent'
        json(post('/oauth2/token', redeem, basic)).error == 'invalid_grant'
        json(post('/oauth2/token', "grant_type=refresh_token&refresh_token=${URLEncoder.encode(first, StandardCharsets.UTF_8)}", basic)).error == 'invalid_grant'
    }

    static final String CALLBACK = 'https://client.example.com/callback'

    URI uri(String path) {
        URI.create("http://127.0.0.1:$port$path")
    }

    HttpResponse<String> send(HttpRequest request) {
        http.send(request, HttpResponse.BodyHandlers.ofString())
    }

    HttpResponse<String> put(String path, String bearer, Map body) {
        send(HttpRequest.newBuilder(uri(path)).header('Authorization', "Bearer $bearer").header('Content-Type', 'application/json')
                .PUT(HttpRequest.BodyPublishers.ofString(groovy.json.JsonOutput.toJson(body))).build())
    }

    static Map json(HttpResponse<String> response) {
        new JsonSlurper().parseText(response.body()) as Map
    }

    def cleanup() {
        started*.destroyForcibly()
    }
}
