package dev.portcullis.bootstrap

import com.nimbusds.jose.crypto.RSASSAVerifier
import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.security.MessageDigest

/**
 * The OpenID Connect implicit flow (OIDC Core §3.2) through the whole server over HTTP, on H2: clients that
 * registered themselves for {@code id_token} or {@code id_token token} with the implicit grant, the login and
 * consent app played through the admin API, the answer read from the fragment, the ID token verified against
 * the JWKS, and the access token used at userinfo and introspection.
 */
class ImplicitFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String CALLBACK = 'https://rp.example.com/callback'

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @AutoCleanup
    Browser browser

    String subject = "user-${UUID.randomUUID()}".toString()

    def setupSpec() {
        portcullis = new RunningServer(RunningServer.h2(dataDir) + ['portcullis.registration.enabled': true])
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    def "discovery advertises code, id_token and id_token token, and the implicit grant"() {
        when:
        def document = portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        document.response_types_supported == ['code', 'id_token', 'id_token token']
        document.grant_types_supported.containsAll(['authorization_code', 'implicit'])
        document.response_modes_supported.containsAll(['fragment', 'form_post'])
    }

    def "a client registers itself for response_type #responseType and the implicit grant"() {
        when:
        def client = registerImplicit(responseType)

        then:
        client.response_types == [responseType]
        client.grant_types == ['implicit']

        where:
        responseType << ['id_token', 'id_token token']
    }

    def "response_type=id_token: the fragment carries a signed ID token with the nonce and the scopes' claims, and no at_hash"() {
        given:
        def client = registerImplicit('id_token')

        when:
        def location = throughConsent(client, 'id_token', [state: 'st-1', nonce: 'n-implicit-1'])
        def answer = Browser.parameters(location, true)

        then: 'nothing is in the query'
        location.startsWith(CALLBACK + '#')
        !URI.create(location).rawQuery
        answer.keySet() == ['id_token', 'state', 'iss'] as Set
        answer.state == 'st-1'

        when:
        def idToken = SignedJWT.parse(answer.id_token)
        def claims = idToken.JWTClaimsSet

        then:
        idToken.verify(new RSASSAVerifier(serverKeys().getKeyByKeyId(idToken.header.keyID).toRSAKey()))
        claims.issuer == issuer()
        claims.subject == subject
        claims.audience == [client.client_id]
        claims.getStringClaim('nonce') == 'n-implicit-1'
        !claims.claims.containsKey('at_hash')
        claims.getStringClaim('email') == 'ada@example.com'
        claims.getStringClaim('name') == 'Ada'
    }

    def "response_type=id_token token: an access token that works at userinfo and introspection, and at_hash in the ID token"() {
        given:
        def client = registerImplicit('id_token token')

        when:
        def location = throughConsent(client, 'id_token token', [state: 'st-2', nonce: 'n-implicit-2'])
        def answer = Browser.parameters(location, true)
        def idToken = SignedJWT.parse(answer.id_token)
        def claims = idToken.JWTClaimsSet

        then:
        !URI.create(location).rawQuery
        answer.state == 'st-2'
        answer.token_type == 'Bearer'
        answer.expires_in as long > 0
        !answer.containsKey('refresh_token')
        !answer.containsKey('code')
        idToken.verify(new RSASSAVerifier(serverKeys().getKeyByKeyId(idToken.header.keyID).toRSAKey()))
        claims.getStringClaim('nonce') == 'n-implicit-2'
        claims.getStringClaim('at_hash') == atHash(answer.access_token)
        !claims.claims.containsKey('email')

        when: 'the client asks userinfo with the access token'
        def userinfo = portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(answer.access_token))

        then:
        userinfo.status == HttpStatus.OK
        (portcullis.body(userinfo) as Map).sub == subject
        (portcullis.body(userinfo) as Map).email == 'ada@example.com'

        when: 'a resource server introspects it'
        def introspection = introspect(answer.access_token)

        then:
        introspection.active == true
        introspection.sub == subject
        introspection.client_id == client.client_id
        (introspection.scope as String).split(' ') as Set == ['openid', 'profile', 'email'] as Set

        when: 'the user revokes the consent'
        def revoked = portcullis.admin(HttpRequest.DELETE(
                "/admin/oauth2/auth/sessions/consent?subject=$subject&client=${client.client_id}"))

        then: 'the access token is revoked with it'
        revoked.status == HttpStatus.NO_CONTENT
        introspect(answer.access_token).active == false
        portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(answer.access_token)).status == HttpStatus.UNAUTHORIZED
    }

    def "response_mode=form_post carries the implicit answer in a form post page"() {
        given:
        def client = registerImplicit('id_token token')

        when:
        def response = throughConsentResponse(client, 'id_token token', [nonce: 'n-3', response_mode: 'form_post'])
        def body = response.body() as String

        then:
        response.status == HttpStatus.OK
        body.contains('action="' + CALLBACK + '"')
        body.contains('name="id_token"')
        body.contains('name="access_token"')
    }

    def "#what goes back to the fragment as #error"() {
        given:
        def client = registerImplicit('id_token')

        when:
        def location = Browser.location(authorize(client, 'id_token', [state: 'st-e'] + extra))
        def answer = Browser.parameters(location, true)

        then:
        location.startsWith(CALLBACK + '#')
        answer.error == error
        answer.state == 'st-e'

        where:
        what                                       | extra                                   || error
        'a request without nonce'                  | [:]                                     || 'invalid_request'
        'response_mode=query'                      | [nonce: 'n', response_mode: 'query']    || 'invalid_request'
        'id_token token, not registered'           | [nonce: 'n', response_type: 'id_token token'] || 'unauthorized_client'
    }

    def "a client registered for code only gets unauthorized_client for response_type=id_token"() {
        given:
        def client = register([grant_types: ['authorization_code'], response_types: ['code']])

        when:
        def location = Browser.location(authorize(client, 'id_token', [nonce: 'n', state: 'st-c']))

        then:
        Browser.parameters(location, true).error == 'unauthorized_client'
    }

    // ---- helpers ----

    String issuer() {
        portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }

    Map register(Map document) {
        def response = portcullis.send(HttpRequest.POST('/oauth2/register', [client_name: 'Implicit RP',
                redirect_uris: [CALLBACK], scope: 'openid profile email'] + document))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map registerImplicit(String responseType) {
        register([grant_types: ['implicit'], response_types: [responseType]])
    }

    HttpResponse<String> authorize(Map client, String responseType, Map<String, String> extra) {
        def parameters = [response_type: responseType, client_id: client.client_id, redirect_uri: CALLBACK,
                          scope        : 'openid profile email'] + extra
        browser.get('/oauth2/auth?' + parameters.collect { k, v -> "$k=${URLEncoder.encode(v as String, 'UTF-8')}" }.join('&'))
    }

    /** Login and consent through the admin API: the answer the browser is sent to the client with. */
    HttpResponse<String> throughConsentResponse(Map client, String responseType, Map<String, String> extra) {
        def start = authorize(client, responseType, extra)
        def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
        assert loginChallenge: Browser.location(start)
        def toConsent = browser.get(adminPut("/admin/oauth2/auth/requests/login/accept?login_challenge=$loginChallenge",
                [subject: subject]).redirect_to as String)
        def consentChallenge = Browser.parameters(Browser.location(toConsent)).consent_challenge
        def request = adminGet("/admin/oauth2/auth/requests/consent?consent_challenge=$consentChallenge")
        browser.get(adminPut("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge",
                [grant_scope: request.requested_scope,
                 session    : [userinfo: [email: 'ada@example.com', name: 'Ada']]]).redirect_to as String)
    }

    String throughConsent(Map client, String responseType, Map<String, String> extra) {
        Browser.location(throughConsentResponse(client, responseType, extra))
    }

    Map adminGet(String path) {
        def response = portcullis.admin(HttpRequest.GET(path))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminPut(String path, Map body) {
        def response = portcullis.admin(HttpRequest.PUT(path, body))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map introspect(String token) {
        def response = portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    JWKSet serverKeys() {
        JWKSet.parse(portcullis.http.retrieve('/.well-known/jwks.json'))
    }

    static String atHash(String token) {
        def hash = MessageDigest.getInstance('SHA-256').digest(token.getBytes('US-ASCII'))
        Base64.urlEncoder.withoutPadding().encodeToString(Arrays.copyOf(hash, 16))
    }
}
