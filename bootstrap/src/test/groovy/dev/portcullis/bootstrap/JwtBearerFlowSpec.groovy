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
 * The jwt-bearer grant (RFC 7523 §2.1) through the whole server over HTTP, on one storage: trust relationships on
 * ORY Hydra v2's admin paths, and assertions signed by trusted keys at the token endpoint, with the client's
 * credentials in the body as Box sends them. Subclasses pick the storage.
 */
abstract class JwtBearerFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    static final String JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer'
    static final String TRUST = '/admin/trust/grants/jwt-bearer/issuers'
    static final String BOX_AUDIENCE = 'https://api.box.com/oauth2/token'

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    @Shared
    Map client

    def setupSpec() {
        portcullis = new RunningServer(storageProperties() + ['portcullis.grants.jwt-bearer.audiences': BOX_AUDIENCE])
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [client_name: 'Box-style app',
                grant_types: [JWT_BEARER, 'client_credentials'], token_endpoint_auth_method: 'client_secret_post',
                scope: 'root_readwrite item_preview item_upload']))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        client = portcullis.body(response) as Map
    }

    String issuer = "https://issuer-${UUID.randomUUID()}.example.com".toString()
    String subject = "user-${UUID.randomUUID()}".toString()

    // The trust API

    def "a trust relationship is registered, read, listed and deleted in Hydra's shapes"() {
        given:
        def key = ec('trust-key-1')

        when:
        def created = portcullis.admin(HttpRequest.POST(TRUST, [issuer: issuer, subject: subject, scope: ['item_preview'],
                jwk: key.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z']))
        def body = portcullis.body(created) as Map

        then:
        created.status == HttpStatus.CREATED
        created.header('Location') == "$TRUST/${body.id}"
        body.id ==~ /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
        body.issuer == issuer
        body.subject == subject
        body.allow_any_subject == false
        body.scope == ['item_preview']
        body.public_key == [set: issuer, kid: 'trust-key-1']
        Instant.parse(body.expires_at as String) == Instant.parse('2099-01-01T00:00:00Z')
        Instant.parse(body.created_at as String).isBefore(Instant.now().plusSeconds(1))

        expect:
        portcullis.body(portcullis.admin(HttpRequest.GET("$TRUST/${body.id}"))) == body
        (portcullis.body(portcullis.admin(HttpRequest.GET("$TRUST?issuer=${enc(issuer)}"))) as List) == [body]

        when: 'the same issuer, subject and key again'
        def again = portcullis.admin(HttpRequest.POST(TRUST, [issuer: issuer, subject: subject, scope: ['item_preview'],
                jwk: key.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z']))

        then:
        again.status == HttpStatus.CONFLICT
        portcullis.body(again).error == 'conflict'

        when:
        def deleted = portcullis.admin(HttpRequest.DELETE("$TRUST/${body.id}"))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        portcullis.admin(HttpRequest.GET("$TRUST/${body.id}")).status == HttpStatus.NOT_FOUND
        portcullis.admin(HttpRequest.DELETE("$TRUST/${body.id}")).status == HttpStatus.NOT_FOUND
    }

    def "relationships are listed a page at a time"() {
        given:
        def ids = (1..3).collect { trust(ec("page-key-$it"), [subject: "subject-$it".toString()]).id }

        when:
        def first = portcullis.admin(HttpRequest.GET("$TRUST?issuer=${enc(issuer)}&page_size=2"))
        def next = (first.header('Link') =~ /<([^>]+)>; rel="next"/)[0][1] as String
        def second = portcullis.admin(HttpRequest.GET(next))

        then:
        ((portcullis.body(first) as List)*.id + (portcullis.body(second) as List)*.id) == ids.sort()
        !second.header('Link').contains('rel="next"')
    }

    def "a registration is refused with 400: #why"() {
        when:
        def response = portcullis.admin(HttpRequest.POST(TRUST, document(issuer, ec('bad-key'))))

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'invalid_request'

        where:
        why                                  | document
        'no issuer'                          | { String i, ECKey k -> [subject: 's', scope: [], jwk: k.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z'] }
        'subject and allow_any_subject'      | { String i, ECKey k -> [issuer: i, subject: 's', allow_any_subject: true, scope: [], jwk: k.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z'] }
        'neither'                            | { String i, ECKey k -> [issuer: i, scope: [], jwk: k.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z'] }
        'a private key'                      | { String i, ECKey k -> [issuer: i, subject: 's', scope: [], jwk: k.toJSONObject(), expires_at: '2099-01-01T00:00:00Z'] }
        'no jwk'                             | { String i, ECKey k -> [issuer: i, subject: 's', scope: [], expires_at: '2099-01-01T00:00:00Z'] }
        'no expires_at'                      | { String i, ECKey k -> [issuer: i, subject: 's', scope: [], jwk: k.toPublicJWK().toJSONObject()] }
        'an expires_at in the past'          | { String i, ECKey k -> [issuer: i, subject: 's', scope: [], jwk: k.toPublicJWK().toJSONObject(), expires_at: '2001-01-01T00:00:00Z'] }
        'an expires_at that is not RFC 3339' | { String i, ECKey k -> [issuer: i, subject: 's', scope: [], jwk: k.toPublicJWK().toJSONObject(), expires_at: 'tomorrow'] }
        'a scope that is not a scope token'  | { String i, ECKey k -> [issuer: i, subject: 's', scope: ['a b'], jwk: k.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z'] }
    }

    def "the trust API needs an admin token"() {
        expect:
        portcullis.send(HttpRequest.GET(TRUST)).status == HttpStatus.UNAUTHORIZED
        portcullis.send(HttpRequest.POST(TRUST, [:])).status == HttpStatus.UNAUTHORIZED
    }

    // The grant

    def "an assertion signed with a trusted key is a grant: the token is the assertion's subject's"() {
        given:
        def key = ec('grant-key')
        trust(key, [scope: ['item_preview', 'item_upload']])

        when:
        def response = grant(sign(key, claims()), [scope: 'item_preview'])
        def token = portcullis.body(response) as Map

        then:
        response.status == HttpStatus.OK
        response.header('Cache-Control') == 'no-store'
        token.token_type.equalsIgnoreCase('bearer')
        token.scope == 'item_preview'
        !token.containsKey('refresh_token')

        when:
        def introspection = introspect(token.access_token as String)

        then:
        introspection.active == true
        introspection.sub == subject
        introspection.client_id == client.client_id
        introspection.scope == 'item_preview'
    }

    def "RSA keys, any-subject relationships and Box's audience work too"() {
        given:
        def key = rsa('rsa-key')
        trust(key, [subject: null, allow_any_subject: true, scope: ['root_readwrite']])

        expect:
        grant(sign(key, claims([sub: 'anyone-at-all', aud: BOX_AUDIENCE])), [scope: 'root_readwrite']).status == HttpStatus.OK
        grant(sign(key, claims([sub: 'someone-else', aud: [issuer(), 'https://other.example.com']]))).status == HttpStatus.OK
        grant(sign(key, claims([sub: 'a-third', aud: issuer() + '/oauth2/token']))).status == HttpStatus.OK
    }

    def "an assertion without kid is tried against each key trusted for its issuer and subject"() {
        given:
        def first = ec('first-key')
        def second = ec('second-key')
        trust(first)
        trust(second)

        expect:
        grant(sign(second, claims(), false)).status == HttpStatus.OK
    }

    def "refused with invalid_grant: #why"() {
        given:
        def key = ec('refusing-key')
        def relationship = trust(key, [scope: ['item_preview']])
        def other = ec('refusing-key')

        when:
        def response = grant(assertion.call(this, key, other, relationship))
        def body = portcullis.body(response) as Map

        then:
        response.status == HttpStatus.BAD_REQUEST
        body.error == 'invalid_grant'
        body.error_description.contains(mentions)

        where:
        why                                | mentions                 | assertion
        'a wrong key with the trusted kid' | 'signature'              | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(o, s.claims()) }
        'an unknown issuer'                | 'no trust relationship'  | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([iss: 'https://stranger.example.com'])) }
        'another subject'                  | 'no trust relationship'  | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([sub: 'not-the-trusted-one'])) }
        'a foreign audience'               | 'aud'                    | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([aud: 'https://elsewhere.example.com/token'])) }
        'no audience'                      | 'aud'                    | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([aud: null])) }
        'an expired assertion'             | 'expired'                | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([exp: Instant.now().minusSeconds(5)])) }
        'no exp'                           | 'exp'                    | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([exp: null])) }
        'a lifetime over an hour'          | 'longer'                 | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([exp: Instant.now().plusSeconds(7200)])) }
        'an nbf in the future'             | 'nbf'                    | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([nbf: Instant.now().plusSeconds(600)])) }
        'no jti'                           | 'jti'                    | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> s.sign(k, s.claims([jti: null])) }
        'not a JWT'                        | 'not a signed JWT'       | { JwtBearerFlowSpec s, ECKey k, ECKey o, Map r -> 'not-a-jwt' }
    }

    def "an assertion is used once: its jti replayed is invalid_grant, but a refused one does not burn its jti"() {
        given:
        def key = ec('replay-key')
        trust(key, [scope: ['item_preview']])
        def claims = claims()

        expect: 'refused for its scope, first'
        portcullis.body(grant(sign(key, claims), [scope: 'item_upload'])).error == 'invalid_scope'

        and: 'then accepted once'
        grant(sign(key, claims), [scope: 'item_preview']).status == HttpStatus.OK
        def replay = grant(sign(key, claims), [scope: 'item_preview'])
        replay.status == HttpStatus.BAD_REQUEST
        portcullis.body(replay).error == 'invalid_grant'
        portcullis.body(replay).error_description.contains('used before')
    }

    def "200 concurrent redemptions of one assertion: exactly one success"() {
        given:
        def key = ec('race-key')
        trust(key)
        def assertion = sign(key, claims())

        when:
        def statuses = AuthorizationCodeFlowSpec.concurrently(200) { grant(assertion).status }

        then:
        statuses.count { it == HttpStatus.OK } == 1
        statuses.count { it == HttpStatus.BAD_REQUEST } == 199
    }

    def "scope beyond the relationship or the client is invalid_scope"() {
        given:
        def key = ec('scope-key')
        trust(key, [scope: ['item_preview']])

        expect:
        portcullis.body(grant(sign(key, claims()), [scope: 'item_preview item_upload'])).error == 'invalid_scope'
        portcullis.body(grant(sign(key, claims()), [scope: 'admin'])).error == 'invalid_scope'
    }

    def "a relationship stops working when it expires, and when it is deleted"() {
        given:
        def key = ec('short-key')
        def relationship = trust(key, [expires_at: Instant.now().plusSeconds(2).toString()])
        def lasting = ec('lasting-key')
        def kept = trust(lasting)

        expect:
        grant(sign(key, claims())).status == HttpStatus.OK
        sleep(2500)
        portcullis.body(grant(sign(key, claims()))).error == 'invalid_grant'
        portcullis.admin(HttpRequest.GET("$TRUST/${relationship.id}")).status == HttpStatus.OK

        when:
        portcullis.admin(HttpRequest.DELETE("$TRUST/${kept.id}"))

        then:
        portcullis.body(grant(sign(lasting, claims()))).error == 'invalid_grant'
    }

    def "the client must authenticate and be registered for the grant"() {
        given:
        def key = ec('client-key')
        trust(key)

        expect:
        portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: JWT_BEARER, assertion: sign(key, claims()),
                client_id: client.client_id, client_secret: 'wrong']).contentType(FORM)).status == HttpStatus.UNAUTHORIZED
        def other = portcullis.body(portcullis.admin(HttpRequest.POST('/admin/clients', [grant_types: ['client_credentials'],
                token_endpoint_auth_method: 'client_secret_post']))) as Map
        portcullis.body(portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: JWT_BEARER, assertion: sign(key, claims()),
                client_id: other.client_id, client_secret: other.client_secret]).contentType(FORM))).error == 'unauthorized_client'
    }

    def "discovery lists the grant type"() {
        expect:
        (portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))).grant_types_supported as List)
                .contains(JWT_BEARER)
    }

    // Helpers

    Map trust(JWK key, Map overrides = [:]) {
        def document = [issuer: issuer, subject: subject, scope: ['root_readwrite', 'item_preview', 'item_upload'],
                        jwk: key.toPublicJWK().toJSONObject(), expires_at: '2099-01-01T00:00:00Z'] + overrides
        def response = portcullis.admin(HttpRequest.POST(TRUST, document.findAll { it.value != null }))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map claims(Map overrides = [:]) {
        [iss: issuer, sub: subject, aud: issuer() + '/oauth2/token', exp: Instant.now().plusSeconds(60),
         iat: Instant.now(), jti: UUID.randomUUID().toString()] + overrides
    }

    String sign(JWK key, Map claims, boolean withKid = true) {
        def builder = new JWTClaimsSet.Builder()
        claims.findAll { it.value != null }.each { name, value ->
            builder.claim(name as String, value instanceof Instant ? (value as Instant).epochSecond : value)
        }
        def algorithm = key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256
        def header = new JWSHeader.Builder(algorithm).keyID(withKid ? key.keyID : null).build()
        def jwt = new SignedJWT(header, builder.build())
        jwt.sign(key instanceof RSAKey ? new RSASSASigner(key as RSAKey) : new ECDSASigner(key as ECKey))
        jwt.serialize()
    }

    HttpResponse<Object> grant(String assertion, Map extra = [:]) {
        portcullis.send(HttpRequest.POST('/oauth2/token', [grant_type: JWT_BEARER, assertion: assertion,
                client_id: client.client_id, client_secret: client.client_secret] + extra).contentType(FORM))
    }

    Map introspect(String token) {
        portcullis.body(portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))) as Map
    }

    static ECKey ec(String kid) {
        new ECKeyGenerator(Curve.P_256).keyID(kid).generate()
    }

    static RSAKey rsa(String kid) {
        new RSAKeyGenerator(2048).keyID(kid).generate()
    }

    String issuer() {
        portcullis.server.applicationContext.getProperty('portcullis.issuer', String).get()
    }

    static String enc(String value) {
        URLEncoder.encode(value, 'UTF-8')
    }
}
