package dev.portcullis.bootstrap

import com.box.sdk.BoxAPIConnection
import com.box.sdk.BoxAPIException
import com.box.sdk.BoxCCGAPIConnection
import com.box.sdk.BoxDeveloperEditionAPIConnection
import com.box.sdk.DeveloperEditionEntityType
import com.box.sdk.EncryptionAlgorithm
import com.box.sdk.JWTEncryptionPreferences
import com.nimbusds.jose.jwk.RSAKey
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import javax.net.ssl.HostnameVerifier
import javax.net.ssl.X509TrustManager
import java.nio.file.Path
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import java.security.KeyPairGenerator
import java.security.interfaces.RSAPrivateKey
import java.security.interfaces.RSAPublicKey

/**
 * Box's own Java SDK ({@code com.box:box-java-sdk}, its connection classes) against the running server, pointed at
 * it with {@code setBaseURL} and {@code setBaseAuthorizationURL} and otherwise unchanged: client credentials acting
 * for an enterprise, downscoping with {@code getLowerScopedToken}, {@code revokeToken}, the authorization code flow
 * on Box's {@code /api/oauth2/authorize} with {@code authenticate} and {@code refresh}, and JWT authentication
 * ({@code BoxDeveloperEditionAPIConnection}) with a key trusted through the trust API. The server is configured as
 * the README says a Box-style deployment is.
 */
class BoxSdkCompatibilitySpec extends Specification {

    static final String CALLBACK = 'https://box-app.example.com/callback'
    static final String ENTERPRISE = '1234567'
    static final String FILE = 'https://api.box.com/2.0/files/987654'
    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE

    @Shared @TempDir Path dataDir
    @Shared @AutoCleanup RunningServer portcullis
    @Shared Map app
    @Shared int tlsPort

    @AutoCleanup Browser browser

    def setupSpec() {
        tlsPort = new ServerSocket(0).withCloseable { it.localPort }
        // Box's SDK speaks TLS only (OkHttp with MODERN_TLS): the server answers on a second, TLS port as well.
        portcullis = new RunningServer(RunningServer.h2(dataDir) + [
                'portcullis.grants.jwt-bearer.audiences': 'https://api.box.com/oauth2/token',
                'micronaut.server.dual-protocol'        : true,
                'micronaut.server.ssl.enabled'          : true,
                'micronaut.server.ssl.build-self-signed': true,
                'micronaut.server.ssl.port'             : tlsPort])
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [
                client_name               : 'Box app',
                grant_types               : ['authorization_code', 'refresh_token', 'client_credentials',
                                             'urn:ietf:params:oauth:grant-type:jwt-bearer',
                                             'urn:ietf:params:oauth:grant-type:token-exchange'],
                response_types            : ['code'],
                redirect_uris             : [CALLBACK],
                token_endpoint_auth_method: 'client_secret_post',
                require_pkce              : false,
                scope                     : 'root_readwrite item_preview item_upload offline_access',
                box_subjects              : [[box_subject_type: 'enterprise', box_subject_id: ENTERPRISE]]]))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        app = portcullis.body(response) as Map
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    def "client credentials acting for the enterprise, as BoxCCGAPIConnection.applicationServiceAccountConnection asks"() {
        given:
        def connection = pointed(BoxCCGAPIConnection.applicationServiceAccountConnection(app.client_id, app.client_secret, ENTERPRISE))

        when:
        connection.refresh()
        def introspection = introspect(connection.accessToken)

        then:
        introspection.active == true
        introspection.client_id == app.client_id
        introspection.box_subject_type == 'enterprise'
        introspection.box_subject_id == ENTERPRISE
    }

    def "an enterprise the client is not registered for is refused"() {
        given:
        def connection = pointed(BoxCCGAPIConnection.applicationServiceAccountConnection(app.client_id, app.client_secret, '999'))

        when:
        connection.refresh()

        then:
        def e = thrown(BoxAPIException)
        e.responseCode == 400
        e.response.contains('unauthorized_client')
    }

    def "getLowerScopedToken downscopes the connection's token to one file, and revokeToken revokes both"() {
        given:
        def connection = pointed(BoxCCGAPIConnection.applicationServiceAccountConnection(app.client_id, app.client_secret, ENTERPRISE))
        connection.refresh()

        when:
        def scoped = connection.getLowerScopedToken(['item_preview'], FILE)
        def introspection = introspect(scoped.accessToken)

        then:
        scoped.accessToken != connection.accessToken
        scoped.issuedTokenType == 'urn:ietf:params:oauth:token-type:access_token'
        scoped.expiresIn > 0
        introspection.active == true
        introspection.scope == 'item_preview'
        introspection.aud == [FILE]
        introspection.box_subject_id == ENTERPRISE

        when:
        def subject = connection.accessToken
        connection.revokeToken()

        then:
        introspect(subject).active == false
        introspect(scoped.accessToken).active == false
    }

    def "the authorization code flow on Box's authorize path, with authenticate and refresh, and no PKCE or redirect_uri"() {
        given:
        def connection = pointed(new BoxAPIConnection(app.client_id as String, app.client_secret as String))
        def url = connection.getAuthorizationURL(URI.create(CALLBACK), 'box-state', ['root_readwrite', 'offline_access'])

        when:
        def code = code(url.toString())
        connection.authenticate(code)
        def first = connection.accessToken
        def firstRefresh = connection.refreshToken

        then:
        url.path == '/api/oauth2/authorize'
        first && firstRefresh
        introspect(first).sub == 'box-user'

        when:
        connection.refresh()

        then:
        connection.accessToken != first
        connection.refreshToken != firstRefresh
        introspect(connection.accessToken).active == true
        introspect(connection.accessToken).sub == 'box-user'

        and: 'the rotated refresh token is spent'
        portcullis.body(portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'refresh_token',
                refresh_token: firstRefresh, client_id: app.client_id, client_secret: app.client_secret])
                .contentType(FORM))).error == 'invalid_grant'
    }

    def "JWT authentication for the enterprise with a key trusted through the trust API"() {
        given:
        def generator = KeyPairGenerator.getInstance('RSA')
        generator.initialize(2048)
        def pair = generator.generateKeyPair()
        def jwk = new RSAKey.Builder(pair.public as RSAPublicKey).keyID('box-key-1').build()
        def trusted = portcullis.admin(HttpRequest.POST('/admin/trust/grants/jwt-bearer/issuers', [issuer: app.client_id,
                subject: ENTERPRISE, scope: [], jwk: jwk.toJSONObject(), expires_at: '2099-01-01T00:00:00Z']))
        assert trusted.status == HttpStatus.CREATED: portcullis.body(trusted)
        def preferences = new JWTEncryptionPreferences()
        preferences.publicKeyID = 'box-key-1'
        preferences.privateKey = pem(pair.private as RSAPrivateKey)
        preferences.privateKeyPassword = ''
        preferences.encryptionAlgorithm = EncryptionAlgorithm.RSA_SHA_256
        def connection = pointed(new BoxDeveloperEditionAPIConnection(ENTERPRISE, DeveloperEditionEntityType.ENTERPRISE,
                app.client_id as String, app.client_secret as String, preferences))

        when:
        connection.authenticate()
        def introspection = introspect(connection.accessToken)

        then:
        introspection.active == true
        introspection.sub == ENTERPRISE
        introspection.client_id == app.client_id

        when: 'a second authentication signs a new assertion, with a new jti'
        def first = connection.accessToken
        connection.authenticate()

        then:
        connection.accessToken != first
    }

    // Helpers

    /**
     * The SDK's connection pointed at the running server's TLS port instead of Box's hosts, trusting its self-signed
     * certificate as an operator's own CA would be trusted.
     */
    def <C extends BoxAPIConnection> C pointed(C connection) {
        connection.baseURL = "https://localhost:$tlsPort/"
        connection.baseAuthorizationURL = "https://localhost:$tlsPort/api/"
        connection.configureSslCertificatesValidation(TRUST_THE_TEST_CERTIFICATE, { host, session -> host == 'localhost' } as HostnameVerifier)
        connection
    }

    static final X509TrustManager TRUST_THE_TEST_CERTIFICATE = new X509TrustManager() {
        void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new CertificateException('no client certificates here')
        }

        void checkServerTrusted(X509Certificate[] chain, String authType) {
            if (!chain || !chain[0].subjectX500Principal.name.contains('localhost')) {
                throw new CertificateException('not the test server\'s certificate')
            }
        }

        X509Certificate[] getAcceptedIssuers() {
            new X509Certificate[0]
        }
    }

    /** Walks the browser through the login and consent apps (answered on the admin API) to the code. */
    String code(String authorizationUrl) {
        def start = browser.get(authorizationUrl)
        def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
        assert loginChallenge: "${start.status} ${Browser.location(start)} ${start.body()}"
        def afterLogin = browser.get(put("/admin/oauth2/auth/requests/login/accept?login_challenge=$loginChallenge",
                [subject: 'box-user']).redirect_to as String)
        def consentChallenge = Browser.parameters(Browser.location(afterLogin)).consent_challenge
        def consent = portcullis.body(portcullis.admin(HttpRequest.GET(
                "/admin/oauth2/auth/requests/consent?consent_challenge=$consentChallenge"))) as Map
        def done = browser.get(put("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge",
                [grant_scope: consent.requested_scope]).redirect_to as String)
        def location = Browser.location(done)
        assert location.startsWith(CALLBACK) && Browser.parameters(location).state == 'box-state': location
        Browser.parameters(location).code
    }

    Map put(String path, Map body) {
        def response = portcullis.admin(HttpRequest.PUT(path, body))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map introspect(String token) {
        portcullis.body(portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))) as Map
    }

    static String pem(RSAPrivateKey key) {
        '-----BEGIN PRIVATE KEY-----\n' + Base64.mimeEncoder.encodeToString(key.encoded) + '\n-----END PRIVATE KEY-----\n'
    }
}
