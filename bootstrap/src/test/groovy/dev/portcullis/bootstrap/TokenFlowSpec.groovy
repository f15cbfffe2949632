package dev.portcullis.bootstrap

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.JWSVerifier
import com.nimbusds.jose.crypto.ECDSAVerifier
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jose.crypto.RSASSAVerifier
import com.nimbusds.jose.jwk.ECKey
import com.nimbusds.jose.jwk.JWK
import com.nimbusds.jose.jwk.JWKSet
import com.nimbusds.jose.jwk.RSAKey
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import dev.portcullis.adapters.crypto.jose.KeySealer
import dev.portcullis.adapters.rest.http.EndpointThreads
import dev.portcullis.application.port.TokenDigest
import dev.portcullis.application.port.TokenRepository
import dev.portcullis.domain.key.KeyId
import dev.portcullis.domain.key.KeySetName
import groovy.json.JsonException
import groovy.json.JsonSlurper
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.util.concurrent.PollingConditions

/**
 * Tokens through the whole server, over HTTP, on one storage: issuing, introspecting, revoking, flushing,
 * key rotation and what the JWKS and discovery publish. Subclasses pick the storage. Every feature registers
 * its own clients and gets its own tokens; a feature that revokes an admin token gets a fresh one to revoke.
 */
abstract class TokenFlowSpec extends Specification {

    static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE
    /** RFC 7518 §6.2.2, §6.3.2 and §6.4.1: the members that make a JWK private. */
    static final Set<String> PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as Set
    static final String ECHO_GRANT = 'urn:portcullis:test:echo'

    abstract Map<String, Object> storageProperties()

    /** Whether the storage is a database whose tables a feature can read. */
    boolean storesInDatabase() {
        true
    }

    /** Where the OAuth endpoints should run their work on this storage when left to auto. */
    EndpointThreads.Mode expectedEndpointThreads() {
        EndpointThreads.Mode.EVENT_LOOP
    }

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        portcullis = new RunningServer(storageProperties())
    }

    String tenant = "owner-${UUID.randomUUID()}".toString()

    def "client_credentials issues an RFC 9068 JWT signed by a key the JWKS publishes"() {
        given:
        def client = register(audience: ['https://api.example.com'])

        when:
        def response = requestToken(client, [scope: 'read', audience: 'https://api.example.com'])
        def body = portcullis.body(response)

        then:
        response.status == HttpStatus.OK
        body.token_type.equalsIgnoreCase('bearer')
        body.scope == 'read'
        body.expires_in > 0
        !body.containsKey('refresh_token')

        when:
        def jwt = verified(body.access_token)
        def claims = jwt.JWTClaimsSet

        then:
        jwt.header.type.toString() == 'at+jwt'
        jwt.header.keyID
        claims.issuer == discovery().issuer
        claims.subject == client.client_id
        claims.audience == ['https://api.example.com']
        claims.getStringClaim('client_id') == client.client_id
        claims.getStringClaim('scope') == 'read'
        claims.JWTID
        (claims.expirationTime.time - claims.issueTime.time) / 1000 == body.expires_in
    }

    def "a client with the opaque strategy gets a pc_at_ token of 256 random bits"() {
        given:
        def client = register(access_token_strategy: 'opaque')

        when:
        def token = token(client, [scope: 'read'])

        then:
        token ==~ /pc_at_[A-Za-z0-9_-]{43}/
        adminIntrospect(token).active
    }

    def "introspection shows an active #strategy token to a confidential client and to the admin API"() {
        given:
        def client = register(access_token_strategy: strategy)
        def resourceServer = register()
        def token = token(client, [scope: 'read write'])

        when:
        def byClient = introspect(token, resourceServer)
        def byAdmin = adminIntrospect(token)

        then:
        [byClient, byAdmin].each {
            assert it.active == true
            assert it.client_id == client.client_id
            assert it.sub == client.client_id
            assert it.scope == 'read write'
            assert it.iss == discovery().issuer
            assert it.token_type == 'Bearer'
            assert it.token_use == 'access_token'
            assert it.exp > it.iat
        }

        where:
        strategy << ['jwt', 'opaque']
    }

    def "introspecting a string this server never issued is inactive, not an error"() {
        expect:
        introspect(token, register()) == [active: false]
        adminIntrospect(token) == [active: false]

        where:
        token << ['pc_at_' + 'x' * 43, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJtZSJ9.']
    }

    def "a revoked #strategy access token introspects inactive"() {
        given:
        def client = register(access_token_strategy: strategy)
        def token = token(client)

        when:
        def revoked = revoke(token, client)

        then:
        revoked.status == HttpStatus.OK
        !adminIntrospect(token).active
        !introspect(token, register()).active

        where:
        strategy << ['jwt', 'opaque']
    }

    def "a client cannot revoke another client's token"() {
        given:
        def owner = register()
        def token = token(owner)

        when:
        def response = revoke(token, register())

        then:
        response.status == HttpStatus.BAD_REQUEST
        portcullis.body(response).error == 'unauthorized_client'
        adminIntrospect(token).active
    }

    def "a revoked admin token no longer opens the admin API"() {
        given:
        def adminToken = portcullis.newAdminToken()
        def clients = HttpRequest.GET("/admin/clients?owner=$tenant")

        expect:
        portcullis.send(clients.bearerAuth(adminToken)).status == HttpStatus.OK

        when:
        def revoked = revoke(adminToken, [client_id: RunningServer.ADMIN_CLIENT_ID, client_secret: RunningServer.ADMIN_CLIENT_SECRET])
        def refused = portcullis.send(HttpRequest.GET("/admin/clients?owner=$tenant").bearerAuth(adminToken))

        then:
        revoked.status == HttpStatus.OK
        refused.status == HttpStatus.UNAUTHORIZED
        refused.header('WWW-Authenticate').contains('error="invalid_token"')
    }

    def "the admin API refuses #caller"() {
        given:
        def request = HttpRequest.GET("/admin/clients?owner=$tenant")
        def token = tokenOf.call(this)
        if (token) {
            request.bearerAuth(token)
        }

        expect:
        portcullis.send(request).status == status

        where:
        caller                                     | tokenOf                                                   || status
        'a caller without a token'                 | { null }                                                  || HttpStatus.UNAUTHORIZED
        'a token it did not issue'                 | { 'pc_at_' + 'x' * 43 }                                   || HttpStatus.UNAUTHORIZED
        'a JWT it did not sign'                    | { forged() }                                              || HttpStatus.UNAUTHORIZED
        'an unsigned JWT'                          | { unsigned() }                                            || HttpStatus.UNAUTHORIZED
        'a client token without the admin scope'   | { TokenFlowSpec spec -> spec.token(spec.register(), [scope: 'read']) } || HttpStatus.FORBIDDEN
    }

    def "deleting a client's #strategy tokens through the admin API makes them inactive and spares other clients'"() {
        given:
        def client = register(access_token_strategy: strategy)
        def tokens = [token(client), token(client, [scope: 'read'])]
        def othersToken = token(register(access_token_strategy: strategy))

        when:
        def deleted = portcullis.admin(HttpRequest.DELETE("/admin/oauth2/tokens?client_id=${client.client_id}"))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        tokens.every { !adminIntrospect(it).active }
        adminIntrospect(othersToken).active

        and: 'the client itself stays'
        portcullis.admin(HttpRequest.GET("/admin/clients/${client.client_id}")).status == HttpStatus.OK

        where:
        strategy << ['jwt', 'opaque']
    }

    def "deleting a client makes its tokens inactive"() {
        given:
        def client = register()
        def tokens = [token(client), token(client, [scope: 'read'])]

        when:
        def deleted = portcullis.admin(HttpRequest.DELETE("/admin/clients/${client.client_id}"))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        tokens.every { !adminIntrospect(it).active }
    }

    def "a client's last use shows on the admin API shortly after it authenticates, and only then"() {
        given:
        def client = register()
        def unused = register()
        def before = java.time.Instant.now()

        when:
        token(client)

        then:
        new PollingConditions(timeout: 10).eventually {
            assert lastUsedAt(client) != null
        }
        !java.time.Instant.parse(lastUsedAt(client)).isBefore(before.minusSeconds(1))
        lastUsedAt(unused) == null
    }

    String lastUsedAt(Map client) {
        portcullis.body(portcullis.admin(HttpRequest.GET("/admin/clients/${client.client_id}"))).last_used_at
    }

    def "flushing removes the records of expired tokens and keeps those of live ones"() {
        given:
        def shortLived = register(client_credentials_grant_access_token_lifespan: '1s')
        def expired = token(shortLived)
        def live = token(register())
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert !adminIntrospect(expired).active
        }

        expect:
        recordKept(expired)

        when:
        def flushed = portcullis.admin(HttpRequest.POST('/admin/oauth2/flush', [:]))

        then:
        flushed.status == HttpStatus.NO_CONTENT
        !recordKept(expired)
        recordKept(live)
        adminIntrospect(live).active
    }

    def "rotating the access-token key signs new tokens with the new key and keeps the old ones valid"() {
        given:
        def client = register()
        def before = token(client)
        def adminBefore = portcullis.newAdminToken()
        def oldKid = SignedJWT.parse(before).header.keyID

        when:
        def rotated = portcullis.admin(HttpRequest.POST('/admin/keys/access-token', [alg: 'ES256']))
        def newKey = portcullis.body(rotated).keys[0]

        then:
        rotated.status == HttpStatus.CREATED
        newKey.alg == 'ES256'
        newKey.kid != oldKid
        privateMembers(portcullis.body(rotated)).isEmpty()

        when:
        def after = verified(token(client))

        then: 'new tokens carry the new kid and algorithm'
        after.header.keyID == newKey.kid
        after.header.algorithm == JWSAlgorithm.ES256

        and: 'tokens signed before still validate, and the admin API takes an admin token signed by the old key'
        verified(before).header.keyID == oldKid
        adminIntrospect(before).active
        portcullis.send(HttpRequest.GET("/admin/clients?owner=$tenant").bearerAuth(adminBefore)).status == HttpStatus.OK
        SignedJWT.parse(adminBefore).header.keyID != newKey.kid
    }

    def "no published key carries a private member"() {
        when:
        def documents = [jwks()] + ['access-token', 'id-token'].collect { portcullis.body(portcullis.admin(HttpRequest.GET("/admin/keys/$it"))) }

        then:
        documents.every { !it.keys.isEmpty() }
        documents.collectMany { privateMembers(it) } == []
        JWKSet.parse(portcullis.http.retrieve('/.well-known/jwks.json')).keys.every { !it.isPrivate() }
    }

    def "discovery advertises exactly the grant types served: the token endpoint's, and implicit beside the code flow"() {
        expect:
        ['/.well-known/openid-configuration', '/.well-known/oauth-authorization-server'].every {
            (portcullis.body(portcullis.send(HttpRequest.GET(it))).grant_types_supported as Set) == ['authorization_code', 'implicit', 'client_credentials', 'refresh_token', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'urn:ietf:params:oauth:grant-type:token-exchange', ECHO_GRANT] as Set
        }
    }

    def "the #endpoint response carries Cache-Control: no-store and Pragma: no-cache"() {
        given:
        def client = register()

        when:
        HttpResponse<Object> response = call.call(this, client)

        then:
        response.status.code == status
        response.header('Cache-Control') == 'no-store'
        response.header('Pragma') == 'no-cache'

        where:
        endpoint                | status | call
        'token'                 | 200    | { TokenFlowSpec spec, Map c -> spec.requestToken(c) }
        'token error'           | 401    | { TokenFlowSpec spec, Map c -> spec.requestToken(c + [client_secret: 'wrong-secret']) }
        'introspection'         | 200    | { TokenFlowSpec spec, Map c -> spec.introspection(spec.token(c), c) }
        'revocation'            | 200    | { TokenFlowSpec spec, Map c -> spec.revoke(spec.token(c), c) }
    }

    def "a chosen secret authenticates every time, not only the first"() {
        given:
        def client = register(client_secret: 'chosen-secret-20char')

        expect:
        (1..3).every { requestToken(client).status == HttpStatus.OK }

        when:
        def wrong = requestToken(client + [client_secret: 'chosen-secret-20chaR'])

        then:
        wrong.status == HttpStatus.UNAUTHORIZED
        portcullis.body(wrong).error == 'invalid_client'
        wrong.header('WWW-Authenticate').startsWith('Basic')
    }

    @Requires({ instance.storesInDatabase() })
    def "a chosen secret is stored under a salted PBKDF2 hash with the configured cost"() {
        given:
        def client = register(client_secret: 'chosen-secret-20char')

        when:
        def stored = portcullis.rows("SELECT secret_hash FROM clients WHERE client_id = '${client.client_id}'")*.secret_hash

        then:
        stored.size() == 1
        stored[0].startsWith('$pbkdf2-sha256$i=1000$')
        !stored[0].contains('chosen-secret-20char')
    }

    @Requires({ instance.storesInDatabase() })
    def "the tokens table keeps no token string nor any part of a JWT"() {
        given:
        def jwt = token(register(), [scope: 'read'])
        def opaque = token(register(access_token_strategy: 'opaque'))
        def secrets = jwt.split('\\.').toList() + [jwt, opaque, opaque.substring('pc_at_'.length())]

        when:
        def values = portcullis.rows('SELECT * FROM tokens').collectMany { it.values() }.findAll { it != null }*.toString()

        then:
        !values.isEmpty()
        secrets.every { secret -> values.every { !it.contains(secret) } }
    }

    @Requires({ instance.storesInDatabase() })
    def "signing keys are sealed at rest: no stored column holds a private JWK"() {
        given: 'the server opens its own sealed keys, so the spec knows each private d'
        def sealer = portcullis.server.applicationContext.getBean(KeySealer)
        def published = JWKSet.parse(portcullis.http.retrieve('/.well-known/jwks.json'))

        when:
        def rows = portcullis.rows('SELECT key_set, kid, public_jwk, sealed_private FROM signing_keys')

        then:
        !rows.isEmpty()
        rows.each { row ->
            def sealed = row.sealed_private as String
            assert !parsesAsJson(sealed)
            assert !sealed.contains('"d"')
            def privateJwk = JWK.parse(sealer.open(new KeySetName(row.key_set as String), new KeyId(row.kid as String), sealed))
            def d = privateJwk instanceof RSAKey ? privateJwk.privateExponent.toString() : (privateJwk as ECKey).d.toString()
            assert !sealed.contains(d)
            assert privateJwk.isPrivate()
            assert privateJwk.computeThumbprint() == published.getKeyByKeyId(row.kid as String).computeThumbprint()
            assert privateMembers(new JsonSlurper().parseText(row.public_jwk as String)).isEmpty()
        }
    }

    // ---- helpers ----

    Map register(Map document = [:]) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients',
                [owner: tenant, grant_types: ['client_credentials'], scope: 'read write'] + document))
        assert response.status == HttpStatus.CREATED: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<Object> requestToken(Map client, Map form = [:]) {
        portcullis.token(client.client_id, client.client_secret, [grant_type: 'client_credentials'] + form)
    }

    String token(Map client, Map form = [:]) {
        def response = requestToken(client, form)
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response).access_token
    }

    HttpResponse<Object> introspection(String token, Map caller) {
        portcullis.send(HttpRequest.POST('/oauth2/introspect', [token: token]).contentType(FORM)
                .header('Authorization', RunningServer.basic(caller.client_id, caller.client_secret)))
    }

    Map introspect(String token, Map caller) {
        def response = introspection(token, caller)
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    Map adminIntrospect(String token) {
        def response = portcullis.admin(HttpRequest.POST('/admin/oauth2/introspect', [token: token]).contentType(FORM))
        assert response.status == HttpStatus.OK: portcullis.body(response)
        portcullis.body(response) as Map
    }

    HttpResponse<Object> revoke(String token, Map client) {
        portcullis.send(HttpRequest.POST('/oauth2/revoke', [token: token]).contentType(FORM)
                .header('Authorization', RunningServer.basic(client.client_id, client.client_secret)))
    }

    Map discovery() {
        portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/openid-configuration'))) as Map
    }

    Map jwks() {
        portcullis.body(portcullis.send(HttpRequest.GET('/.well-known/jwks.json'))) as Map
    }

    /** The JWT, after checking its signature with the key the JWKS publishes under its kid and alg. */
    SignedJWT verified(String token) {
        def jwt = SignedJWT.parse(token)
        def key = JWKSet.parse(portcullis.http.retrieve('/.well-known/jwks.json')).getKeyByKeyId(jwt.header.keyID)
        assert key: "the JWKS publishes no key ${jwt.header.keyID}"
        assert key.algorithm == jwt.header.algorithm
        assert jwt.verify(verifier(key))
        jwt
    }

    static JWSVerifier verifier(JWK key) {
        key instanceof RSAKey ? new RSASSAVerifier(key as RSAKey) : new ECDSAVerifier(key as ECKey)
    }

    /** A well-formed RS256 JWT under a key this server does not have. */
    static String forged() {
        def key = new RSAKeyGenerator(2048).keyID('forged').generate()
        def jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID('forged').build(),
                new JWTClaimsSet.Builder().subject(RunningServer.ADMIN_CLIENT_ID).claim('scope', RunningServer.ADMIN_SCOPE)
                        .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build())
        jwt.sign(new RSASSASigner(key))
        jwt.serialize()
    }

    /** An alg=none JWT claiming the admin scope (RFC 7519 §6). */
    static String unsigned() {
        def encode = { String json -> json.getBytes('UTF-8').encodeBase64Url().toString().replace('=', '') }
        encode('{"alg":"none"}') + '.' + encode("{\"sub\":\"${RunningServer.ADMIN_CLIENT_ID}\",\"scope\":\"${RunningServer.ADMIN_SCOPE}\"}") + '.'
    }

    /** Every private JWK member anywhere in a JSON value, with its path. */
    static List<String> privateMembers(Object json, String path = '$') {
        switch (json) {
            case Map: return json.collectMany { name, value ->
                (PRIVATE_JWK_MEMBERS.contains(name) ? ["$path.$name".toString()] : []) + privateMembers(value, "$path.$name")
            }
            case List: return json.withIndex().collectMany { value, i -> privateMembers(value, "$path[$i]") }
            default: return []
        }
    }

    static boolean parsesAsJson(String text) {
        try {
            new JsonSlurper().parseText(text)
            true
        } catch (JsonException ignored) {
            false
        }
    }

    /** Whether storage still holds the token's record, found as the server finds it: by its keyed hash. */
    boolean recordKept(String token) {
        def context = portcullis.server.applicationContext
        context.getBean(TokenRepository).find(context.getBean(TokenDigest).digest(token)).isPresent()
    }

    def "left to auto, the OAuth endpoints run their work where this storage is fastest"() {
        expect:
        portcullis.server.applicationContext.getBean(EndpointThreads).mode() == expectedEndpointThreads()
    }
}
