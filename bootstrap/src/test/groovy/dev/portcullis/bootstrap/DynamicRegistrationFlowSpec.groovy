package dev.portcullis.bootstrap

import com.nimbusds.jose.JOSEObjectType
import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jose.crypto.RSASSAVerifier
import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jose.jwk.RSAKey
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.security.MessageDigest

/**
 * Dynamic client registration over HTTP (RFC 7591, RFC 7592): off by default; when on, open or behind an initial
 * access token; a registered client manages itself with its registration access token. On H2, so that the
 * registration_tokens table and its changeset take part.
 */
class DynamicRegistrationFlowSpec extends Specification {

    static final String CALLBACK = 'https://rp.example.com/callback'

    @Shared
    @TempDir
    Path offDir

    @Shared
    @TempDir
    Path openDir

    @Shared
    @TempDir
    Path guardedDir

    @Shared
    @AutoCleanup
    RunningServer off

    @Shared
    @AutoCleanup
    RunningServer open

    @Shared
    @AutoCleanup
    RunningServer guarded

    def setupSpec() {
        off = new RunningServer(RunningServer.memory(offDir))
        open = new RunningServer(RunningServer.h2(openDir) + ['portcullis.registration.enabled': true])
        guarded = new RunningServer(RunningServer.memory(guardedDir) + ['portcullis.registration.enabled'             : true,
                                                                       'portcullis.registration.initial-access-token': 'let-me-register'])
    }

    static Map metadata(Map extra = [:]) {
        [client_name   : 'Dynamic RP', redirect_uris: [CALLBACK], grant_types: ['authorization_code'],
         response_types: ['code'], contacts: ['ops@rp.example.com'], logo_uri: 'https://rp.example.com/logo.png',
         policy_uri    : 'https://rp.example.com/policy', tos_uri: 'https://rp.example.com/tos'] + extra
    }

    static HttpResponse<Object> post(RunningServer server, Map body, String bearer = null) {
        def request = HttpRequest.POST('/oauth2/register', body)
        server.send(bearer == null ? request : request.bearerAuth(bearer))
    }

    static Map registered(RunningServer server, Map body = metadata()) {
        def response = post(server, body)
        assert response.status == HttpStatus.CREATED: server.body(response)
        server.body(response) as Map
    }

    static String path(Map registration) {
        URI.create(registration.registration_client_uri as String).rawPath
    }

    static HttpResponse<Object> readConfiguration(RunningServer server, Map registration, String token) {
        server.send(HttpRequest.GET(path(registration)).bearerAuth(token))
    }

    def "registration is off by default: no endpoint, and discovery does not name one"() {
        expect:
        post(off, metadata()).status == HttpStatus.NOT_FOUND
        off.send(HttpRequest.GET('/oauth2/register/some-client')).status == HttpStatus.NOT_FOUND
        !(off.body(off.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map).containsKey('registration_endpoint')
    }

    def "when on, discovery names the registration endpoint"() {
        when:
        def document = open.body(open.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        document.registration_endpoint == document.issuer + '/oauth2/register'
    }

    def "a registration answers 201 with the client's credentials, how to manage it, and its metadata"() {
        when:
        def response = post(open, metadata())
        def body = open.body(response) as Map

        then:
        response.status == HttpStatus.CREATED
        response.header('Cache-Control').contains('no-store')
        body.client_id
        body.client_secret
        body.client_secret_expires_at == 0
        body.client_id_issued_at instanceof Number
        (body.registration_access_token as String).startsWith('pc_rat_')
        body.registration_client_uri == open.server.applicationContext.getProperty('portcullis.issuer', String).get() +
                '/oauth2/register/' + body.client_id
        body.client_name == 'Dynamic RP'
        body.redirect_uris == [CALLBACK]
        body.grant_types == ['authorization_code']
        body.response_types == ['code']
        body.token_endpoint_auth_method == 'client_secret_basic'
        body.scope == 'openid profile email address phone offline_access'
        body.contacts == ['ops@rp.example.com']
        body.logo_uri == 'https://rp.example.com/logo.png'
        body.policy_uri == 'https://rp.example.com/policy'
        body.tos_uri == 'https://rp.example.com/tos'
        body.id_token_signed_response_alg == 'RS256'

        and: 'only a digest of the registration access token is stored'
        def rows = open.rows("SELECT token_digest FROM registration_tokens WHERE client_id = '${body.client_id}'")
        rows.size() == 1
        rows[0].values()[0] != body.registration_access_token
    }

    def "a registered client reads, changes and deletes itself with its registration access token"() {
        given:
        def registration = registered(open)

        when: 'it reads its configuration'
        def read = readConfiguration(open, registration, registration.registration_access_token as String)
        def readBody = open.body(read) as Map

        then: 'it gets its metadata and a new token, which replaces the one it used'
        read.status == HttpStatus.OK
        readBody.client_id == registration.client_id
        readBody.redirect_uris == [CALLBACK]
        !readBody.containsKey('client_secret')
        readBody.registration_access_token != registration.registration_access_token
        readConfiguration(open, registration, registration.registration_access_token as String).status == HttpStatus.UNAUTHORIZED

        when: 'it replaces its metadata'
        def token = readBody.registration_access_token as String
        def changed = open.send(HttpRequest.PUT(path(registration), metadata(client_id: registration.client_id,
                client_name: 'Renamed RP', redirect_uris: [CALLBACK, 'https://rp.example.com/other'])).bearerAuth(token))
        def changedBody = open.body(changed) as Map

        then:
        changed.status == HttpStatus.OK
        changedBody.client_name == 'Renamed RP'
        changedBody.redirect_uris == [CALLBACK, 'https://rp.example.com/other']
        (open.admin(HttpRequest.GET("/admin/clients/${registration.client_id}")).body() as Map).client_name == 'Renamed RP'

        and: 'its secret still works'
        open.token(registration.client_id as String, registration.client_secret as String,
                [grant_type: 'authorization_code', code: 'unknown', redirect_uri: CALLBACK]).status == HttpStatus.BAD_REQUEST

        when: 'it deletes itself'
        def deleted = open.send(HttpRequest.DELETE(path(registration)).bearerAuth(changedBody.registration_access_token as String))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        open.admin(HttpRequest.GET("/admin/clients/${registration.client_id}")).status == HttpStatus.NOT_FOUND
        readConfiguration(open, registration, changedBody.registration_access_token as String).status == HttpStatus.UNAUTHORIZED
    }

    def "the configuration endpoint answers 401 with a Bearer challenge #situation"() {
        given:
        def registration = registered(open)
        def other = registered(open)

        when:
        def request = HttpRequest.GET(path(registration))
        def token = tokenOf(registration, other)
        def response = open.send(token == null ? request : request.bearerAuth(token))

        then:
        response.status == HttpStatus.UNAUTHORIZED
        response.header('WWW-Authenticate').startsWith('Bearer')
        (open.body(response) as Map).error == 'invalid_token'

        where:
        situation                     | tokenOf
        'without a token'             | { r, o -> null }
        'with a wrong token'          | { r, o -> 'pc_rat_not-the-token' }
        "with another client's token" | { r, o -> o.registration_access_token }
    }

    def "a client made through the admin API cannot be managed through the configuration endpoint"() {
        given:
        def made = open.admin(HttpRequest.POST('/admin/clients', [client_id: 'admin-made', redirect_uris: [CALLBACK]]))
        assert made.status == HttpStatus.CREATED

        expect:
        open.send(HttpRequest.DELETE('/oauth2/register/admin-made').bearerAuth('pc_rat_guess')).status == HttpStatus.UNAUTHORIZED
        open.admin(HttpRequest.GET('/admin/clients/admin-made')).status == HttpStatus.OK
    }

    def "faulty metadata is 400 #error when #what"() {
        when:
        def response = post(open, metadata(change))

        then:
        response.status == HttpStatus.BAD_REQUEST
        (open.body(response) as Map).error == error

        where:
        what                                          | change                                                 || error
        'a redirect URI has a fragment'               | [redirect_uris: ['https://rp.example.com/cb#frag']]    || 'invalid_redirect_uri'
        'the code flow has no redirect URI'           | [redirect_uris: []]                                    || 'invalid_redirect_uri'
        'the auth method is unknown'                  | [token_endpoint_auth_method: 'magic']                  || 'invalid_client_metadata'
        'it asks for the admin scope'                 | [scope: 'openid portcullis:admin']                     || 'invalid_client_metadata'
        'it asks for client credentials as admin'     | [grant_types: ['client_credentials'], response_types: [], scope: 'portcullis:admin'] || 'invalid_client_metadata'
        'it asks for token exchange'                  | [grant_types: ['urn:ietf:params:oauth:grant-type:token-exchange'], response_types: []] || 'invalid_client_metadata'
        'ID tokens are to be unsigned'                | [id_token_signed_response_alg: 'none']                 || 'invalid_client_metadata'
        'subjects are to be pairwise'                 | [subject_type: 'pairwise']                             || 'invalid_client_metadata'
        'a member has the wrong type'                 | [redirect_uris: CALLBACK]                              || 'invalid_client_metadata'
        'private_key_jwt comes without keys'          | [token_endpoint_auth_method: 'private_key_jwt']        || 'invalid_client_metadata'
    }

    def "the admin API's own members are not a registrant's to set, and the id and secret are the server's"() {
        when:
        def registration = registered(open, metadata(client_id: 'chosen-id', client_secret: 'chosen-secret-' * 3,
                skip_consent: true, audience: ['https://api.example.com'], metadata: [tier: 'gold']))
        def stored = open.admin(HttpRequest.GET("/admin/clients/${registration.client_id}")).body() as Map

        then:
        registration.client_id != 'chosen-id'
        registration.client_secret != 'chosen-secret-' * 3
        stored.skip_consent == false
        stored.audience == []
        stored.metadata == [:]
    }

    def "with an initial access token configured, registering needs it as the bearer token"() {
        expect:
        post(guarded, metadata()).status == HttpStatus.UNAUTHORIZED
        post(guarded, metadata(), 'not-the-token').status == HttpStatus.UNAUTHORIZED
        post(guarded, metadata(), 'let-me-register').status == HttpStatus.CREATED
    }

    static RSAKey rsaKey(String kid = null) {
        def generator = new RSAKeyGenerator(2048).algorithm(JWSAlgorithm.RS256)
        (kid == null ? generator : generator.keyID(kid)).generate()
    }

    /** A client assertion (RFC 7523 §2.2) signed with {@code key}, for {@code audience}. */
    static String assertion(RSAKey key, String clientId, String audience) {
        def now = new Date()
        def claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                .jwtID(UUID.randomUUID().toString()).issueTime(now).expirationTime(new Date(now.time + 60_000)).build()
        def header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyID).type(JOSEObjectType.JWT).build()
        def jwt = new SignedJWT(header, claims)
        jwt.sign(new RSASSASigner(key))
        jwt.serialize()
    }

    static HttpResponse<Object> tokenWithAssertion(RunningServer server, Map form, String assertion) {
        server.send(HttpRequest.POST('/oauth2/token', form + [
                client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
                client_assertion     : assertion]).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
    }

    /** Runs the authorization code flow in a browser up to the code, accepting login and consent through the admin API. */
    static String code(RunningServer server, String clientId, String verifier) {
        def browser = new Browser(server)
        try {
            def challenge = Base64.urlEncoder.withoutPadding().encodeToString(
                    MessageDigest.getInstance('SHA-256').digest(verifier.bytes))
            def start = browser.get("/oauth2/auth?response_type=code&client_id=${clientId}&scope=openid&state=s1" +
                    "&redirect_uri=${URLEncoder.encode(CALLBACK, 'UTF-8')}&code_challenge=${challenge}&code_challenge_method=S256")
            def loginChallenge = Browser.parameters(Browser.location(start)).login_challenge
            assert loginChallenge: Browser.location(start)
            def login = server.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/login/accept?login_challenge=$loginChallenge",
                    [subject: 'alice']))
            def consentStep = browser.get((server.body(login) as Map).redirect_to as String)
            def consentChallenge = Browser.parameters(Browser.location(consentStep)).consent_challenge
            def consent = server.admin(HttpRequest.PUT("/admin/oauth2/auth/requests/consent/accept?consent_challenge=$consentChallenge",
                    [grant_scope: ['openid']]))
            def back = browser.get((server.body(consent) as Map).redirect_to as String)
            def code = Browser.parameters(Browser.location(back)).code
            assert code: Browser.location(back)
            code
        } finally {
            browser.close()
        }
    }

    def "a client registered with private_key_jwt and its keys as jwks completes the code flow with an assertion"() {
        given:
        def key = rsaKey(withKid ? 'rp-key-1' : null)
        def registration = registered(open, metadata(token_endpoint_auth_method: 'private_key_jwt',
                jwks: [keys: [key.toPublicJWK().toJSONObject()]]))
        def issuer = open.server.applicationContext.getProperty('portcullis.issuer', String).get()
        def verifier = 'v' * 43

        expect: 'it holds no secret'
        !registration.containsKey('client_secret')
        registration.token_endpoint_auth_method == 'private_key_jwt'

        when:
        def code = code(open, registration.client_id as String, verifier)
        def response = tokenWithAssertion(open, [grant_type: 'authorization_code', code: code, redirect_uri: CALLBACK,
                                                 code_verifier: verifier], assertion(key, registration.client_id as String, audience.call(issuer)))

        then:
        response.status == HttpStatus.OK
        (open.body(response) as Map).id_token
        (open.body(response) as Map).access_token

        where:
        withKid | audience
        true    | { String base -> base + '/oauth2/token' }
        false   | { String base -> base }
    }

    def "an assertion signed with another key, or used twice, is refused with invalid_client"() {
        given:
        def key = rsaKey('rp-key')
        def registration = registered(open, metadata(token_endpoint_auth_method: 'private_key_jwt',
                jwks: [keys: [key.toPublicJWK().toJSONObject()]]))
        def issuer = open.server.applicationContext.getProperty('portcullis.issuer', String).get()
        def form = [grant_type: 'authorization_code', code: 'unknown-code', redirect_uri: CALLBACK, code_verifier: 'v' * 43]
        def good = assertion(key, registration.client_id as String, issuer + '/oauth2/token')

        expect:
        (open.body(tokenWithAssertion(open, form, assertion(rsaKey('rp-key'), registration.client_id as String, issuer)))
                as Map).error == 'invalid_client'
        (open.body(tokenWithAssertion(open, form, good)) as Map).error == 'invalid_grant'
        (open.body(tokenWithAssertion(open, form, good)) as Map).error == 'invalid_client'
    }

    def "a client registered with userinfo_signed_response_alg RS256 gets userinfo as a JWT that the server's JWKS verifies"() {
        given:
        def registration = registered(open, metadata(userinfo_signed_response_alg: 'RS256'))
        def clientId = registration.client_id as String
        def issuer = open.server.applicationContext.getProperty('portcullis.issuer', String).get()
        def verifier = 'u' * 43
        def tokens = open.body(open.token(clientId, registration.client_secret as String, [grant_type: 'authorization_code',
                code: code(open, clientId, verifier), redirect_uri: CALLBACK, code_verifier: verifier])) as Map

        expect:
        registration.userinfo_signed_response_alg == 'RS256'

        when:
        HttpResponse<String> response = open.http.exchange(HttpRequest.GET('/userinfo').bearerAuth(tokens.access_token as String), String)
        def jwt = SignedJWT.parse(response.body())
        def jwks = JWKSet.parse(open.http.retrieve(HttpRequest.GET('/.well-known/jwks.json'), String))
        def key = jwks.getKeyByKeyId(jwt.header.keyID) as RSAKey

        then:
        response.status == HttpStatus.OK
        response.header('Content-Type') == 'application/jwt'
        jwt.header.algorithm == JWSAlgorithm.RS256
        key != null
        jwt.verify(new RSASSAVerifier(key))
        jwt.JWTClaimsSet.issuer == issuer
        jwt.JWTClaimsSet.audience == [clientId]
        jwt.JWTClaimsSet.subject == 'alice'
        jwt.JWTClaimsSet.getClaim('nonce') == null
    }

    def "userinfo_signed_response_alg of an algorithm the id-token keys lack is refused, and discovery lists the ones they have"() {
        when:
        def response = post(open, metadata(userinfo_signed_response_alg: 'ES256'))
        def document = open.body(open.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        response.status == HttpStatus.BAD_REQUEST
        (open.body(response) as Map).error == 'invalid_client_metadata'
        document.userinfo_signing_alg_values_supported == ['none', 'RS256']
    }

    def "discovery advertises private_key_jwt with the algorithms an assertion may be signed with"() {
        when:
        def document = open.body(open.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map

        then:
        'private_key_jwt' in document.token_endpoint_auth_methods_supported
        'RS256' in document.token_endpoint_auth_signing_alg_values_supported
        'none' in document.token_endpoint_auth_signing_alg_values_supported == false
    }
}
