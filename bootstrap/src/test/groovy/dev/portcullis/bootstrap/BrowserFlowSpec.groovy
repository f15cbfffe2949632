package dev.portcullis.bootstrap

import com.nimbusds.jose.crypto.RSASSAVerifier
import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jwt.SignedJWT
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import org.openqa.selenium.By
import org.openqa.selenium.OutputType
import org.openqa.selenium.TakesScreenshot
import org.openqa.selenium.WebDriver
import org.openqa.selenium.chrome.ChromeDriver
import org.openqa.selenium.chrome.ChromeDriverService
import org.openqa.selenium.chrome.ChromeOptions
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import java.security.SecureRandom
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.function.Function
import java.util.logging.Level
import java.util.logging.Logger

/**
 * The authorization code flow in a real browser: headless Chromium signs in as the demo user on the built-in
 * login page, allows the consent page and signs out on the logout page, on the embedded default (H2). The
 * client is this spec: a loopback HTTP server for the redirects, and HTTP calls to the token and userinfo
 * endpoints. Needs Debian's chromium and chromium-driver; CI installs them and fails a run that skipped this.
 */
@Requires({ new File('/usr/bin/chromedriver').canExecute() && new File('/usr/bin/chromium').canExecute() })
class BrowserFlowSpec extends Specification {

    static final String SCOPE = 'openid offline_access profile email'

    // Selenium ships CDP bindings for a few Chrome versions only, and warns at every driver start when Debian's
    // is newer. No CDP is used here. The field holds the logger so that the level sticks.
    static final Logger CDP_VERSION_LOG = Logger.getLogger('org.openqa.selenium.devtools.CdpVersionFinder')
    static { CDP_VERSION_LOG.level = Level.SEVERE }

    @Shared @TempDir Path dataDir
    @Shared @TempDir Path profileDir
    @Shared RunningServer portcullis
    @Shared String issuer
    @Shared HttpServer clientApp
    @Shared String callback
    @Shared String afterLogout
    @Shared List<String> clientAppQueries = new CopyOnWriteArrayList<>()
    @Shared WebDriver driver

    String verifier = randomVerifier()

    def setupSpec() {
        // Redirects to the login page are built from the issuer, so the issuer is where the browser finds the server.
        int port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
        issuer = "http://localhost:$port".toString()
        portcullis = new RunningServer(RunningServer.h2(dataDir) + ['micronaut.server.port': port, 'portcullis.issuer': issuer])
        clientApp = startClientApp()
        callback = "http://127.0.0.1:${clientApp.address.port}/callback".toString()
        afterLogout = "http://127.0.0.1:${clientApp.address.port}/bye".toString()
        driver = chromium(profileDir)
    }

    def cleanupSpec() {
        driver?.quit()
        clientApp?.stop(0)
        portcullis?.close()
    }

    def setup() {
        // Each feature starts signed out, whatever the one before left behind.
        driver.get("$issuer/health/alive")
        driver.manage().deleteAllCookies()
        clientAppQueries.clear()
    }

    def "sign in, allow, redeem the code, refresh, and sign out, all in a real browser"() {
        given:
        def client = register('Browser Demo App')

        when: 'the browser opens the authorization URL'
        driver.get(authorizationUrl(client, 'state-1', 'nonce-1'))
        waitForTitle('Sign in · Portcullis')

        then: 'the login page names the application'
        driver.findElement(By.cssSelector('.lead strong')).text == 'Browser Demo App'
        driver.findElement(By.id('username')).displayed
        screenshot('login.png')

        when: 'the demo user signs in and asks to stay signed in'
        signIn('demo', 'demo-password', true)
        waitForTitle('Allow access · Portcullis')

        then: 'the consent page names the application, the user and what each scope allows'
        driver.findElement(By.tagName('h1')).text == 'Browser Demo App wants to'
        driver.findElement(By.cssSelector('.lead strong')).text == 'demo'
        driver.findElements(By.cssSelector('ul.scopes li'))*.text == [
                'Know who you are: your user identifier on this server (openid)',
                'Keep access while you are away (a refresh token) (offline_access)',
                'See your name and basic profile (profile)',
                'See your email address (email)']
        screenshot('consent.png')

        when: 'the user allows, and the browser brings the code to the client'
        driver.findElement(By.id('allow')).click()
        waitForTitle('Signed in')
        def response = parameters(driver.currentUrl)

        then:
        driver.currentUrl.startsWith(callback + '?')
        clientAppQueries == [new URI(driver.currentUrl).rawQuery]
        response.code ==~ /pc_ac_[A-Za-z0-9_-]{43}/
        response.state == 'state-1'
        response.iss == issuer

        when: 'the client redeems the code'
        def tokens = redeem(client, response.code)
        def idToken = SignedJWT.parse(tokens.id_token)

        then: 'the ID token is signed by the server and names the demo user'
        tokens.scope.split(' ') as Set == SCOPE.split(' ') as Set
        tokens.refresh_token
        idToken.verify(new RSASSAVerifier(serverKeys().getKeyByKeyId(idToken.header.keyID).toRSAKey()))
        idToken.JWTClaimsSet.issuer == issuer
        idToken.JWTClaimsSet.subject == 'demo'
        idToken.JWTClaimsSet.audience == [client.client_id]
        idToken.JWTClaimsSet.getStringClaim('nonce') == 'nonce-1'

        when: 'the client asks who the user is'
        def userinfo = portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(tokens.access_token))

        then:
        userinfo.status == HttpStatus.OK
        with(portcullis.body(userinfo) as Map) {
            sub == 'demo'
            name == 'Demo User'
            email == 'demo@example.com'
        }

        when: 'the client refreshes'
        def refreshed = portcullis.token(client.client_id, client.client_secret,
                [grant_type: 'refresh_token', refresh_token: tokens.refresh_token])

        then: 'the refresh token rotates'
        refreshed.status == HttpStatus.OK
        portcullis.body(refreshed).access_token
        portcullis.body(refreshed).refresh_token
        portcullis.body(refreshed).refresh_token != tokens.refresh_token

        when: 'the client sends the browser to sign out'
        driver.get("$issuer/oauth2/sessions/logout?" + query(id_token_hint: tokens.id_token,
                post_logout_redirect_uri: afterLogout, state: 'bye-1'))
        waitForTitle('Sign out · Portcullis')

        then:
        driver.findElement(By.cssSelector('.lead')).text.contains('signed in as demo')
        driver.findElement(By.cssSelector('.lead')).text.contains('Browser Demo App asks to sign you out')

        when: 'the user signs out'
        driver.findElement(By.id('sign-out')).click()
        waitForTitle('Signed out')

        then: 'the browser is back at the client'
        driver.currentUrl == afterLogout + '?state=bye-1'
        clientAppQueries.last() == 'state=bye-1'

        when: 'the application asks again'
        driver.get(authorizationUrl(client, 'state-2', 'nonce-2'))
        waitForTitle('Sign in · Portcullis')

        then: 'the login was forgotten: the user signs in again'
        driver.findElement(By.id('password')).displayed
    }

    def "a wrong password stays on the login page, and Cancel or Deny send access_denied to the client"() {
        given:
        def client = register('Browser Deny App')

        when: 'the user types a wrong password'
        driver.get(authorizationUrl(client, 'state-3', 'nonce-3'))
        waitForTitle('Sign in · Portcullis')
        signIn('demo', 'not-the-password', false)
        def alert = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector('[role=alert]')))

        then: 'the login page says so and keeps the username'
        alert.text == 'The username or password is not right.'
        driver.title == 'Sign in · Portcullis'
        driver.currentUrl == "$issuer/ui/login".toString()
        driver.findElement(By.id('username')).getDomProperty('value') == 'demo'
        clientAppQueries.empty

        when: 'the user cancels'
        driver.findElement(By.cssSelector('button[value=deny]')).click()
        waitForTitle('Signed in')
        def cancelled = parameters(driver.currentUrl)

        then:
        driver.currentUrl.startsWith(callback + '?')
        cancelled.error == 'access_denied'
        cancelled.state == 'state-3'
        cancelled.iss == issuer
        !cancelled.code

        when: 'the next time the user signs in but denies the consent'
        driver.get(authorizationUrl(client, 'state-4', 'nonce-4'))
        waitForTitle('Sign in · Portcullis')
        signIn('demo', 'demo-password', false)
        waitForTitle('Allow access · Portcullis')
        driver.findElement(By.id('deny')).click()
        waitForTitle('Signed in')
        def denied = parameters(driver.currentUrl)

        then:
        denied.error == 'access_denied'
        denied.state == 'state-4'
        denied.iss == issuer
        !denied.code
        clientAppQueries.size() == 2
    }

    Map register(String name) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [
                client_name              : name,
                grant_types              : ['authorization_code', 'refresh_token'],
                response_types           : ['code'],
                redirect_uris            : [callback],
                post_logout_redirect_uris: [afterLogout],
                scope                    : SCOPE]))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    String authorizationUrl(Map client, String state, String nonce) {
        "$issuer/oauth2/auth?" + query(response_type: 'code', client_id: client.client_id, redirect_uri: callback,
                scope: SCOPE, state: state, nonce: nonce, code_challenge: challenge(verifier), code_challenge_method: 'S256')
    }

    void signIn(String username, String password, boolean remember) {
        def field = driver.findElement(By.id('username'))
        field.clear()
        field.sendKeys(username)
        driver.findElement(By.id('password')).sendKeys(password)
        if (remember) {
            driver.findElement(By.id('remember')).click()
        }
        driver.findElement(By.id('sign-in')).click()
    }

    Map redeem(Map client, String code) {
        def response = portcullis.token(client.client_id, client.client_secret, [grant_type: 'authorization_code',
                code: code, redirect_uri: callback, code_verifier: verifier])
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    JWKSet serverKeys() {
        JWKSet.parse(portcullis.http.retrieve('/.well-known/jwks.json'))
    }

    void screenshot(String name) {
        def directory = Path.of(System.getProperty('basedir', '.'), 'target', 'screenshots')
        Files.createDirectories(directory)
        Files.write(directory.resolve(name), (driver as TakesScreenshot).getScreenshotAs(OutputType.BYTES))
    }

    void waitForTitle(String title) {
        waitFor(ExpectedConditions.titleIs(title))
    }

    <T> T waitFor(Function<? super WebDriver, T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                .withMessage { "the browser is at ${driver.currentUrl}, showing: ${driver.findElement(By.tagName('body')).text}".toString() }
                .until(condition)
    }

    /** The loopback client: /callback and /bye record their query and show a small page. */
    HttpServer startClientApp() {
        def server = HttpServer.create(new InetSocketAddress(InetAddress.getByName('127.0.0.1'), 0), 0)
        server.createContext('/callback') { HttpExchange exchange -> answer(exchange, 'Signed in') }
        server.createContext('/bye') { HttpExchange exchange -> answer(exchange, 'Signed out') }
        server.start()
        server
    }

    void answer(HttpExchange exchange, String title) {
        clientAppQueries << exchange.requestURI.rawQuery
        def html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>$title</title></head>" +
                "<body><h1>$title</h1></body></html>"
        def bytes = html.getBytes(StandardCharsets.UTF_8)
        exchange.responseHeaders.add('Content-Type', 'text/html; charset=utf-8')
        exchange.sendResponseHeaders(200, bytes.length)
        exchange.responseBody.withCloseable { it.write(bytes) }
    }

    static WebDriver chromium(Path profile) {
        def options = new ChromeOptions()
        options.binary = '/usr/bin/chromium'
        options.addArguments('--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync',
                '--window-size=1280,900', "--user-data-dir=$profile".toString())
        def service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File('/usr/bin/chromedriver'))
                .usingAnyFreePort()
                .build()
        new ChromeDriver(service, options)
    }

    static Map<String, String> parameters(String url) {
        def query = new URI(url).rawQuery ?: ''
        query.split('&').findAll().collectEntries {
            def (name, value) = it.split('=', 2) as List
            [URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value ?: '', StandardCharsets.UTF_8)]
        }
    }

    static String query(Map<String, ?> parameters) {
        parameters.collect { name, value ->
            URLEncoder.encode(name, StandardCharsets.UTF_8) + '=' + URLEncoder.encode(value as String, StandardCharsets.UTF_8)
        }.join('&')
    }

    static String randomVerifier() {
        def bytes = new byte[32]
        new SecureRandom().nextBytes(bytes)
        Base64.urlEncoder.withoutPadding().encodeToString(bytes)
    }

    static String challenge(String verifier) {
        Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
    }
}
