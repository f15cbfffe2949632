package dev.portcullis.bootstrap

import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest

/**
 * OpenID Connect claims through the whole server (on H2), as OpenID certification's Basic plan checks them:
 * the built-in login and consent pages, a demo user with every standard claim (added by a configuration file,
 * as the conformance run adds one), and the client at the token and userinfo endpoints.
 */
class OidcClaimsFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String CALLBACK = 'https://client.example.com/callback'
    static final String ACR = 'urn:example:loa:password'
    static final String DEMO_USER = '''
portcullis:
  ui:
    users:
      demo:
        claims:
          name: Demo User
          given_name: Demo
          family_name: User
          middle_name: Q
          nickname: demo
          preferred_username: demo
          profile: https://example.com/demo
          picture: https://example.com/demo.png
          website: https://example.com
          gender: other
          birthdate: "1970-01-01"
          zoneinfo: Europe/Paris
          locale: en-GB
          updated_at: 1700000000
          email: demo@example.com
          email_verified: true
          phone_number: "+33 1 23 45 67 89"
          phone_number_verified: true
          address:
            formatted: "1 Rue de la Paix, 75002 Paris, France"
            street_address: "1 Rue de la Paix"
            locality: Paris
            postal_code: "75002"
            country: FR
'''
    static final Set<String> PROFILE = ['name', 'given_name', 'family_name', 'middle_name', 'nickname',
                                        'preferred_username', 'profile', 'picture', 'website', 'gender', 'birthdate',
                                        'zoneinfo', 'locale', 'updated_at'] as Set
    static final Set<String> SCOPE_CLAIMS = PROFILE + ['email', 'email_verified', 'address', 'phone_number',
                                                       'phone_number_verified']

    @Shared
    @TempDir
    Path dataDir

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @Shared
    Map client

    @AutoCleanup
    Browser browser

    String verifier = 'v' * 43

    def setupSpec() {
        def users = dataDir.resolve('demo-user.yml')
        Files.writeString(users, DEMO_USER)
        System.setProperty('micronaut.config.files', users.toString())
        try {
            portcullis = new RunningServer(RunningServer.h2(dataDir) + ['portcullis.ui.acr': ACR])
        } finally {
            System.clearProperty('micronaut.config.files')
        }
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [
                client_name   : 'Claims test client', grant_types: ['authorization_code'], response_types: ['code'],
                redirect_uris : [CALLBACK], scope: 'openid profile email address phone']))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        client = portcullis.body(response) as Map
    }

    def setup() {
        browser = new Browser(portcullis)
    }

    def "with response_type=code the scopes' claims are in userinfo, typed, and not in the ID token"() {
        when:
        def tokens = signInAndRedeem([scope: 'openid profile email address phone'])
        def idToken = SignedJWT.parse(tokens.id_token).JWTClaimsSet.claims
        def userinfo = userinfo(tokens.access_token)

        then:
        idToken.sub == 'demo'
        idToken.keySet().intersect(SCOPE_CLAIMS).isEmpty()
        userinfo.keySet() == SCOPE_CLAIMS + 'sub'
        userinfo.sub == 'demo'
        userinfo.given_name == 'Demo'
        userinfo.family_name == 'User'
        userinfo.preferred_username == 'demo'
        userinfo.email_verified == true
        userinfo.phone_number_verified == true
        userinfo.updated_at == 1700000000
        userinfo.address.street_address == '1 Rue de la Paix'
        userinfo.address.postal_code == '75002'
    }

    def "userinfo holds only the claims of the scopes granted"() {
        when:
        def userinfo = userinfo(signInAndRedeem([scope: 'openid email']).access_token)

        then:
        userinfo == [sub: 'demo', email: 'demo@example.com', email_verified: true]
    }

    def "the built-in login's acr is in the ID token when acr_values asked for it, and discovery advertises it"() {
        when:
        def discovery = portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map
        def tokens = signInAndRedeem([acr_values: discovery.acr_values_supported.join(' ')])

        then:
        discovery.acr_values_supported == [ACR]
        SignedJWT.parse(tokens.id_token).JWTClaimsSet.getStringClaim('acr') == ACR
    }

    def "a login remembered by the built-in page keeps its acr"() {
        given: 'a sign-in with "keep me signed in", whose verifier the browser brings back'
        def loginChallenge = Browser.parameters(Browser.location(authorize([:]))).login_challenge
        def signedIn = browser.post('/ui/login', [login_challenge: loginChallenge, username: 'demo', password: 'demo-password',
                                                  action: 'login', remember: 'on',
                                                  csrf_token: csrf(browser.get("/ui/login?login_challenge=$loginChallenge"))])
        browser.get(Browser.location(signedIn))

        when: 'a second request finds the remembered login, which the built-in page accepts at once'
        def skipped = browser.get(Browser.location(authorize([acr_values: ACR])))
        def consentChallenge = Browser.parameters(Browser.location(browser.get(Browser.location(skipped)))).consent_challenge
        def allowed = browser.post('/ui/consent', [consent_challenge: consentChallenge, action: 'allow',
                                                   csrf_token: csrf(browser.get("/ui/consent?consent_challenge=$consentChallenge"))])
        def tokens = redeem(Browser.location(browser.get(Browser.location(allowed))))

        then:
        skipped.status == HttpStatus.SEE_OTHER
        SignedJWT.parse(tokens.id_token).JWTClaimsSet.getStringClaim('acr') == ACR
    }

    def "the claims parameter puts email in the ID token, and name in userinfo without the profile scope"() {
        when:
        def tokens = signInAndRedeem([scope: 'openid',
                                      claims: '{"id_token":{"email":{"essential":true}},"userinfo":{"name":null}}'])
        def idToken = SignedJWT.parse(tokens.id_token).JWTClaimsSet.claims
        def userinfo = userinfo(tokens.access_token)

        then:
        idToken.email == 'demo@example.com'
        !idToken.containsKey('name')
        !idToken.containsKey('email_verified')
        userinfo.name == 'Demo User'
        userinfo.email == 'demo@example.com'
        !userinfo.containsKey('given_name')
    }

    def "a consent app reads the claims parameter in oidc_context, and session.userinfo reaches userinfo only"() {
        given:
        def loginChallenge = Browser.parameters(Browser.location(authorize([scope: 'openid profile',
                claims: '{"userinfo":{"nickname":{"essential":true}}}']))).login_challenge
        def login = portcullis.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/login/accept?login_challenge=$loginChallenge",
                [subject: 'grace']))
        def consentChallenge = Browser.parameters(Browser.location(browser.get(portcullis.body(login).redirect_to))).consent_challenge

        when:
        def request = portcullis.body(portcullis.admin(HttpRequest.GET("/admin/oauth2/auth/requests/consent?consent_challenge=$consentChallenge")))
        def accepted = portcullis.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge",
                [grant_scope: ['openid', 'profile'],
                 session    : [id_token: [name: 'Grace'], userinfo: [nickname: 'amazing-grace', updated_at: 1700000001]]]))
        def tokens = redeem(Browser.location(browser.get(portcullis.body(accepted).redirect_to)))
        def idToken = SignedJWT.parse(tokens.id_token).JWTClaimsSet.claims

        then:
        request.oidc_context.claims == [userinfo: [nickname: [essential: true]]]
        idToken.name == 'Grace'
        !idToken.containsKey('nickname')
        userinfo(tokens.access_token) == [sub: 'grace', name: 'Grace', nickname: 'amazing-grace', updated_at: 1700000001]
    }

    def "a claims parameter that is #problem is invalid_request at the redirect URI, with state"() {
        when:
        def response = authorize([claims: claims])
        def parameters = Browser.parameters(Browser.location(response))

        then:
        response.status == HttpStatus.FOUND
        Browser.location(response).startsWith(CALLBACK + '?')
        parameters.error == 'invalid_request'
        parameters.state == 'state-1'

        where:
        problem       | claims
        'not JSON'    | '{"id_token":'
        'an array'    | '["email"]'
        'a bad shape' | '{"id_token":{"email":true}}'
    }

    def "discovery says the claims parameter is supported and lists the scopes' claims"() {
        when:
        def discovery = portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        discovery.claims_parameter_supported == true
        discovery.scopes_supported.containsAll(['openid', 'profile', 'email', 'address', 'phone'])
        discovery.claims_supported.containsAll(SCOPE_CLAIMS + ['sub', 'acr', 'auth_time'])
    }

    // ---- helpers ----

    /** The code flow through the built-in login and consent pages as the demo user: the token response. */
    Map signInAndRedeem(Map<String, String> extra) {
        redeem(Browser.location(signIn(extra)))
    }

    /** Redeems the code of the callback URL. */
    Map redeem(String callback) {
        def code = Browser.parameters(callback).code
        assert code: callback
        def response = portcullis.token(client.client_id, client.client_secret,
                [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK, code_verifier: verifier])
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    /** Signs in and allows: the response that sends the browser back to the client. */
    HttpResponse<String> signIn(Map<String, String> extra) {
        def start = authorize(extra)
        def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
        assert loginChallenge: Browser.location(start)
        def loginPage = browser.get("/ui/login?login_challenge=$loginChallenge")
        def signedIn = browser.post('/ui/login', [login_challenge: loginChallenge, username: 'demo', password: 'demo-password',
                                                  action: 'login', csrf_token: csrf(loginPage)])
        assert signedIn.status == HttpStatus.SEE_OTHER: signedIn.body()
        def toConsent = browser.get(Browser.location(signedIn))
        def consentChallenge = Browser.parameters(Browser.location(toConsent)).consent_challenge
        assert consentChallenge: Browser.location(toConsent)
        def consentPage = browser.get("/ui/consent?consent_challenge=$consentChallenge")
        def allowed = browser.post('/ui/consent', [consent_challenge: consentChallenge, action: 'allow',
                                                   csrf_token: csrf(consentPage)])
        assert allowed.status == HttpStatus.SEE_OTHER: allowed.body()
        browser.get(Browser.location(allowed))
    }

    HttpResponse<String> authorize(Map<String, String> extra) {
        def parameters = [response_type: 'code', client_id: client.client_id, redirect_uri: CALLBACK, scope: 'openid',
                          state: 'state-1', nonce: 'nonce-1', code_challenge: challenge(verifier),
                          code_challenge_method: 'S256'] + extra
        browser.get('/oauth2/auth?' + parameters.collect { k, v -> "$k=${URLEncoder.encode(v as String, 'UTF-8')}" }.join('&'))
    }

    Map userinfo(String accessToken) {
        def response = portcullis.send(HttpRequest.GET('/userinfo').bearerAuth(accessToken))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    static String csrf(HttpResponse<String> page) {
        def match = page.body() =~ /name="csrf_token" value="([^"]+)"/
        assert match.find(): page.body()
        match.group(1)
    }

    static String challenge(String verifier) {
        Base64.urlEncoder.withoutPadding().encodeToString(MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
    }
}
