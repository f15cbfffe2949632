package dev.portcullis.application.token

import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

/** private_key_jwt (RFC 7523 §2.2, OIDC Core §9): a client proves itself with a JWT signed by one of its keys. */
class ClientAssertionAuthenticationSpec extends TokenServiceSpecification {

    static final URI JWKS_URI = URI.create('https://rp.example.com/jwks.json')

    def registerWithJwks(List<Map> keys, String id = 'key-client') {
        register(Clients.confidential().tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwks(Optional.of(new JsonDocument([keys: keys]))), id)
    }

    def registerWithJwksUri(String id = 'uri-client') {
        register(Clients.confidential().tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwksUri(Optional.of(JWKS_URI)), id)
    }

    Map claims(String clientId, Map extra = [:]) {
        def now = clock.instant().epochSecond
        [iss: clientId, sub: clientId, aud: TOKEN_ENDPOINT, jti: UUID.randomUUID().toString(), iat: now, exp: now + 60] + extra
    }

    AuthenticatedClientResult authenticate(String clientId, String assertion) {
        try {
            new AuthenticatedClientResult(authenticator.authenticate(ClientCredentials.privateKeyJwt(clientId, assertion)).client().id().value(), null)
        } catch (OAuthException e) {
            new AuthenticatedClientResult(null, e)
        }
    }

    static class AuthenticatedClientResult {
        final String clientId
        final OAuthException error

        AuthenticatedClientResult(String clientId, OAuthException error) {
            this.clientId = clientId
            this.error = error
        }
    }

    def "an assertion signed with a registered key authenticates the client"() {
        given:
        registerWithJwks([FakeForeignJwts.key('k1')])

        expect:
        authenticate('key-client', FakeForeignJwts.token(claims('key-client'), 'k1')).clientId == 'key-client'
    }

    def "an assertion naming the issuer as its audience is accepted too"() {
        given:
        registerWithJwks([FakeForeignJwts.key('k1')])

        expect:
        authenticate('key-client', FakeForeignJwts.token(claims('key-client', [aud: [ISSUER]]), 'k1')).clientId == 'key-client'
    }

    def "a key without kid is tried for an assertion without kid"() {
        given:
        def key = FakeForeignJwts.key('ignored')
        key.remove('kid')
        registerWithJwks([key])

        expect: 'the key takes its place in the set as its kid, which the fake signs with'
        authenticate('key-client', FakeForeignJwts.token(claims('key-client'), '#0', null)).clientId == 'key-client'
    }

    def "an assertion is refused with invalid_client when #what"() {
        given:
        registerWithJwks([FakeForeignJwts.key('k1')])
        registerWithJwks([FakeForeignJwts.key('k2')], 'other-client')

        when:
        def result = authenticate('key-client', assertion.call(this))

        then:
        result.error.error().code() == ErrorCode.INVALID_CLIENT

        where:
        what                                  | assertion
        'another key signed it'               | { s -> FakeForeignJwts.token(s.claims('key-client'), 'k2') }
        'it is not a JWT'                     | { s -> 'not-a-jwt' }
        'it is signed with an HMAC algorithm' | { s -> FakeForeignJwts.token(s.claims('key-client'), 'k1', 'k1', 'HS256') }
        'iss is another client'               | { s -> FakeForeignJwts.token(s.claims('key-client', [iss: 'other-client']), 'k1') }
        'sub is another client'               | { s -> FakeForeignJwts.token(s.claims('key-client', [sub: 'other-client']), 'k1') }
        'aud names another server'            | { s -> FakeForeignJwts.token(s.claims('key-client', [aud: 'https://elsewhere.example.com/token']), 'k1') }
        'it has expired'                      | { s -> FakeForeignJwts.token(s.claims('key-client', [exp: s.clock.instant().epochSecond - 1]), 'k1') }
        'it lives too long'                   | { s -> FakeForeignJwts.token(s.claims('key-client', [exp: s.clock.instant().epochSecond + 3600]), 'k1') }
        'it is not valid yet'                 | { s -> FakeForeignJwts.token(s.claims('key-client', [nbf: s.clock.instant().epochSecond + 30]), 'k1') }
        'it has no jti'                       | { s -> FakeForeignJwts.token(s.claims('key-client').findAll { it.key != 'jti' }, 'k1') }
    }

    def "an assertion is single use: its jti is refused the second time"() {
        given:
        registerWithJwks([FakeForeignJwts.key('k1')])
        def assertion = FakeForeignJwts.token(claims('key-client'), 'k1')

        expect:
        authenticate('key-client', assertion).clientId == 'key-client'
        authenticate('key-client', assertion).error.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "a client registered for another method cannot use an assertion, nor a key client a secret"() {
        given:
        registerWithJwks([FakeForeignJwts.key('k1')])
        registerMachine()

        expect:
        authenticate('machine', FakeForeignJwts.token(claims('machine'), 'k1')).error.error().code() == ErrorCode.INVALID_CLIENT

        when:
        authenticator.authenticate(ClientCredentials.basic('key-client', SECRET))

        then:
        thrown(OAuthException)
    }

    def "keys at a jwks_uri are fetched once and kept"() {
        given:
        registerWithJwksUri()
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('k1')]]

        expect:
        (1..3).every { authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k1')).clientId == 'uri-client' }
        remoteDocuments.fetches[JWKS_URI] == 1
    }

    def "a kid the kept keys lack fetches the set again, but at most once every few seconds"() {
        given:
        registerWithJwksUri()
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('k1')]]
        assert authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k1')).clientId

        when: 'the client rotates its key, and signs with the new one at once'
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('k2')]]
        def tooSoon = authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k2'))

        then:
        tooSoon.error.error().code() == ErrorCode.INVALID_CLIENT
        remoteDocuments.fetches[JWKS_URI] == 1

        when:
        clock.advance(ClientKeys.REFETCH_AFTER)
        def afterRotation = authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k2'))
        def unknownAgain = authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k3'))

        then:
        afterRotation.clientId == 'uri-client'
        unknownAgain.error != null
        remoteDocuments.fetches[JWKS_URI] == 2
    }

    def "kept keys are fetched again after a while, and kept when the set cannot be fetched"() {
        given:
        registerWithJwksUri()
        remoteDocuments.documents[JWKS_URI] = [keys: [FakeForeignJwts.key('k1')]]
        assert authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k1')).clientId

        when:
        clock.advance(ClientKeys.KEEP_FOR)
        remoteDocuments.documents.remove(JWKS_URI)
        def result = authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k1'))

        then:
        result.clientId == 'uri-client'
        remoteDocuments.fetches[JWKS_URI] == 2
    }

    def "a jwks_uri that answers nothing usable authenticates nobody"() {
        given:
        registerWithJwksUri()
        remoteDocuments.documents[JWKS_URI] = document

        expect:
        authenticate('uri-client', FakeForeignJwts.token(claims('uri-client'), 'k1')).error.error().code() == ErrorCode.INVALID_CLIENT

        where:
        document << [null, ['not', 'an', 'object'], [keys: 'none'], [keys: [[kty: 'oct', kid: 'k1', k: 'c2VjcmV0']]]]
    }
}
