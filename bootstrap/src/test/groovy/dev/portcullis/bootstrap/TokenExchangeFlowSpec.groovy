package dev.portcullis.bootstrap

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.ECDSASigner
import com.nimbusds.jose.jwk.Curve
import com.nimbusds.jose.jwk.ECKey
import com.nimbusds.jose.jwk.gen.ECKeyGenerator
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.Instant

/**
 * Token exchange (RFC 8693) through the whole server over HTTP, on one storage, as Box's clients use it: a token
 * downscoped with no client credentials at all, restricted to a file, revoked with the client's credentials in the
 * body at {@code /oauth2/revoke}. Subclasses pick the storage.
 */
abstract class TokenExchangeFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange'
    static final String ACCESS = 'urn:ietf:params:oauth:token-type:access_token'
    static final String JWT = 'urn:ietf:params:oauth:token-type:jwt'
    static final String FILE = 'https://api.box.com/2.0/files/123'
    static final String FOLDER = 'https://api.box.com/2.0/folders/45'

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @Shared
    Map app

    @Shared
    Map other

    def setupSpec() {
        portcullis = new RunningServer(storageProperties())
        app = register('Box-style app')
        other = register('Another app')
    }

    Map register(String name) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: name,
                grant_types: ['client_credentials', EXCHANGE], token_endpoint_auth_method: 'client_secret_post',
                scope: 'root_readwrite item_preview item_upload item_share', audience: ['https://api.example.com']]))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    def "a token is downscoped with no client credentials, as Box's SDK sends it: raw spaces and a raw URL"() {
        given:
        def subject = appToken('root_readwrite item_preview item_upload')

        when: 'the body exactly as BoxAPIConnection.getLowerScopedToken writes it, without percent-encoding'
        def response = raw("grant_type=$EXCHANGE&subject_token_type=$ACCESS&subject_token=$subject"
                + "&scope=item_preview item_upload&resource=$FILE")
        def body = portcullis.body(response) as Map

        then:
        response.status == HttpStatus.OK
        response.header('Cache-Control') == 'no-store'
        body.issued_token_type == ACCESS
        body.token_type.equalsIgnoreCase('bearer')
        body.scope == 'item_preview item_upload'
        body.expires_in > 0 && body.expires_in <= 3600
        !body.containsKey('refresh_token')
        body.restricted_to == [[scope: 'item_preview', object: [type: 'resource', id: FILE]],
                               [scope: 'item_upload', object: [type: 'resource', id: FILE]]]

        when:
        def introspection = introspect(body.access_token as String)

        then:
        introspection.active == true
        introspection.client_id == app.client_id
        introspection.scope == 'item_preview item_upload'
        introspection.aud == [FILE]
    }

    def "the same with the client's own credentials, and resource repeated as RFC 8707 allows"() {
        given:
        def subject = appToken('item_preview')

        when:
        def response = exchange([subject_token: subject, client_id: app.client_id, client_secret: app.client_secret],
                "&resource=${enc(FILE)}&resource=${enc(FOLDER)}")

        then:
        response.status == HttpStatus.OK
        introspect(portcullis.body(response).access_token as String).aud == [FILE, FOLDER]
    }

    def "another client's credentials with the app's subject token are invalid_grant"() {
        when:
        def response = exchange([subject_token: appToken('item_preview'), client_id: other.client_id,
                                 client_secret: other.client_secret])

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_grant'
    }

    def "more scope than the subject token has is invalid_scope, even one the client is registered for"() {
        when:
        def response = exchange([subject_token: appToken('item_preview'), scope: 'item_preview item_share'])

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_scope'
    }

    def "#why is #error"() {
        when:
        def response = exchange(parameters.call(this))

        then:
        response.status == status
        portcullis.body(response).error == error

        where:
        why                                      | parameters                                                                                  || status                  | error
        'requested_token_type refresh_token'     | { s -> [subject_token: s.appToken('item_preview'), requested_token_type: 'urn:ietf:params:oauth:token-type:refresh_token'] } || HttpStatus.BAD_REQUEST | 'invalid_request'
        'a subject_token_type of SAML'           | { s -> [subject_token: s.appToken('item_preview'), subject_token_type: 'urn:ietf:params:oauth:token-type:saml2'] } || HttpStatus.BAD_REQUEST | 'invalid_request'
        'no subject_token'                       | { s -> [subject_token: null] }                                                                || HttpStatus.BAD_REQUEST  | 'invalid_request'
        'a subject token nobody issued'          | { s -> [subject_token: 'pc_at_made-up'] }                                                     || HttpStatus.BAD_REQUEST  | 'invalid_grant'
        'a relative resource'                    | { s -> [subject_token: s.appToken('item_preview'), resource: 'files/123'] }                   || HttpStatus.BAD_REQUEST  | 'invalid_target'
        'an audience the client may not ask for' | { s -> [subject_token: s.appToken('item_preview'), audience: 'https://elsewhere.example'] }    || HttpStatus.BAD_REQUEST  | 'invalid_target'
        'a foreign JWT without credentials'      | { s -> [subject_token: s.foreignJwt(), subject_token_type: JWT] }                            || HttpStatus.UNAUTHORIZED | 'invalid_client'
    }

    def "revoking the subject token at /oauth2/revoke with body credentials revokes the exchanged token; neither exchanges again"() {
        given:
        def subject = appToken('item_preview item_upload')
        def exchanged = portcullis.body(exchange([subject_token: subject, scope: 'item_preview'])).access_token as String

        when: 'revoked as Box revokes: client_id, client_secret and token in the body'
        def revoked = portcullis.send(HttpRequest.POST('/oauth2/revoke', [client_id: app.client_id,
                client_secret: app.client_secret, token: subject]).contentType(FORM))

        then:
        revoked.status == HttpStatus.OK
        introspect(subject).active == false
        introspect(exchanged).active == false
        portcullis.body(exchange([subject_token: subject])).error == 'invalid_grant'
        portcullis.body(exchange([subject_token: exchanged])).error == 'invalid_grant'
    }

    def "an exchanged token expires no later than its subject token"() {
        given:
        def subject = appToken('item_preview')
        def subjectExpiry = introspect(subject).exp as long

        when:
        def exchanged = portcullis.body(exchange([subject_token: subject])) as Map

        then:
        (introspect(exchanged.access_token as String).exp as long) <= subjectExpiry
    }

    def "an actor token makes a delegation, which introspection shows as act"() {
        given:
        def actor = portcullis.body(portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials',
                scope: 'item_preview', client_id: other.client_id, client_secret: other.client_secret]).contentType(FORM))).access_token

        when:
        def response = exchange([subject_token: appToken('item_preview'), actor_token: actor, actor_token_type: ACCESS])

        then:
        response.status == HttpStatus.OK
        introspect(portcullis.body(response).access_token as String).act == [sub: other.client_id, client_id: other.client_id]
    }

    def "a JWT from a trusted issuer is a subject token once, for an authenticated client"() {
        given:
        def key = new ECKeyGenerator(Curve.P_256).keyID('exchange-key').generate()
        def trust = portcullis.admin(HttpRequest.POST('/admin/trust/grants/jwt-bearer/issuers', [issuer: ISSUER_OF_JWTS,
                subject: 'partner-user', scope: ['item_preview'], jwk: key.toPublicJWK().toJSONObject(),
                expires_at: '2099-01-01T00:00:00Z']))
        assert trust.status == HttpStatus.CREATED
        def jwt = sign(key)
        def credentials = [client_id: app.client_id, client_secret: app.client_secret, subject_token_type: JWT]

        when:
        def response = exchange([subject_token: jwt, scope: 'item_preview'] + credentials)

        then:
        response.status == HttpStatus.OK
        introspect(portcullis.body(response).access_token as String).sub == 'partner-user'

        expect: 'a replay is refused'
        portcullis.body(exchange([subject_token: jwt, scope: 'item_preview'] + credentials)).error == 'invalid_grant'
    }

    def "other grants still need client credentials"() {
        when:
        def response = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials']).contentType(FORM))

        then:
        response.status == HttpStatus.UNAUTHORIZED
        portcullis.body(response).error == 'invalid_client'
    }

    def "discovery lists the grant type"() {
        expect:
        (portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))).grant_types_supported as List)
                .contains(EXCHANGE)
    }

    // Helpers

    static final String ISSUER_OF_JWTS = 'https://partner.example.com'

    String appToken(String scope) {
        def response = portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: 'client_credentials', scope: scope,
                client_id: app.client_id, client_secret: app.client_secret]).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response).access_token
    }

    /** A token exchange: the subject token's type is access_token unless {@code parameters} say otherwise. */
    HttpResponse<Object> exchange(Map parameters, String more = '') {
        def form = ([grant_type: EXCHANGE, subject_token_type: ACCESS] + parameters).findAll { it.value != null }
        raw(form.collect { name, value -> enc(name as String) + '=' + enc(value as String) }.join('&') + more)
    }

    /** Posts {@code body} to the token endpoint exactly as written. */
    HttpResponse<Object> raw(String body) {
        portcullis.send(HttpRequest.POST('/oauth2/token', body).contentType(FORM))
    }

    Map introspect(String token) {
        portcullis.body(portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))) as Map
    }

    String foreignJwt() {
        sign(new ECKeyGenerator(Curve.P_256).keyID('untrusted').generate())
    }

    String sign(ECKey key) {
        String issuer = portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
        def claims = new JWTClaimsSet.Builder().issuer(ISSUER_OF_JWTS).subject('partner-user').audience(issuer)
                .expirationTime(Date.from(Instant.now().plusSeconds(120))).issueTime(new Date())
                .jwtID(UUID.randomUUID().toString()).build()
        def jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyID).build(), claims)
        jwt.sign(new ECDSASigner(key))
        jwt.serialize()
    }

    static String enc(String value) {
        URLEncoder.encode(value, 'UTF-8')
    }
}
