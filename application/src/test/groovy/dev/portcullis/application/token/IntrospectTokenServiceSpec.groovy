package dev.portcullis.application.token

import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.token.TokenRecord

import java.time.Duration

class IntrospectTokenServiceSpec extends TokenServiceSpecification {

    Client machine

    def setup() {
        machine = registerMachine()
        register(Clients.confidential().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST), 'resource-server')
    }

    IntrospectTokenService getService() {
        new IntrospectTokenService(authenticator, tokens, digest, settings, clock)
    }

    Introspection introspect(String token, Scopes requiredScope = Scopes.NONE,
                             Optional<ClientCredentials> caller = Optional.of(ClientCredentials.post('resource-server', SECRET))) {
        service.introspect(new IntrospectTokenCommand(caller, token, requiredScope))
    }

    def "a fresh #strategy access token is active and reported with its record"() {
        given:
        serverStrategy = strategy
        def token = issueAccessToken(machine, [scope: ['read', 'write'], audience: ['https://api.example.com']])

        when:
        def introspection = introspect(token.value())

        then:
        introspection.active()
        introspection.token() == Optional.of(token.record())
        introspection.issuer() == 'https://auth.example.com'

        where:
        strategy << [AccessTokenStrategy.JWT, AccessTokenStrategy.OPAQUE]
    }

    def "a refresh token is active too"() {
        given:
        def token = accessTokens.issueRefreshToken(grant(machine))

        expect:
        introspect(token.value()).active()
    }

    def "a #strategy token is active until the instant it expires"() {
        given:
        serverStrategy = strategy
        def token = issueAccessToken(machine).value()

        when:
        clock.advance(ACCESS_LIFESPAN - Duration.ofMillis(1))

        then:
        introspect(token).active()

        when:
        clock.advance(Duration.ofMillis(1))

        then:
        !introspect(token).active()

        when:
        clock.advance(Duration.ofDays(1))

        then:
        !introspect(token).active()

        where:
        strategy << [AccessTokenStrategy.JWT, AccessTokenStrategy.OPAQUE]
    }

    def "a revoked #strategy token is inactive, and the answer tells nothing more"() {
        given:
        serverStrategy = strategy
        def token = issueAccessToken(machine)
        tokens.revoke(token.record().signature())

        when:
        def introspection = introspect(token.value())

        then:
        !introspection.active()
        introspection.token().isEmpty()

        where:
        strategy << [AccessTokenStrategy.JWT, AccessTokenStrategy.OPAQUE]
    }

    def "a token string that is #kind is inactive"() {
        given:
        issueAccessToken(machine)

        expect:
        !introspect(token).active()

        where:
        kind                                   | token
        'unknown'                              | 'pc_at_' + 'A' * 43
        'empty'                                | ''
        'a single space'                       | ' '
        'over 8192 characters long'            | 'x' * 8193
        'malformed'                            | 'not a token at all'
        'a JWT-looking string'                 | 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'
        'control characters and unicode'       | '\u0000\n\u00fc\ud83d\ude00'
    }

    def "a token over 8192 characters is inactive even if it had a record"() {
        given: 'a record stored under the digest of a string longer than any this server issues'
        def long_ = 'x' * 8193
        def record = issueAccessToken(machine).record()
        tokens.add(new TokenRecord(digest.digest(long_), record.kind(), record.clientId(),
                record.subject(), record.scope(), record.audience(), record.issuedAt(), record.expiresAt(), record.grantId(), false))

        expect:
        !introspect(long_).active()
    }

    def "a token holding the required scope #required is #state"() {
        given:
        def token = issueAccessToken(machine, [scope: ['read', 'write']]).value()

        expect:
        introspect(token, Scopes.of(required)).active() == active

        where:
        required                  || active
        []                        || true
        ['read']                  || true
        ['write', 'read']         || true
        ['admin']                 || false
        ['read', 'admin']         || false

        state = active ? 'active' : 'inactive'
    }

    def "the admin API introspects without a caller"() {
        given:
        def token = issueAccessToken(machine).value()

        expect:
        introspect(token, Scopes.NONE, Optional.empty()).active()
    }

    def "a confidential client may introspect a token issued to another client"() {
        given:
        def token = issueAccessToken(machine).value()

        expect:
        introspect(token, Scopes.NONE, Optional.of(ClientCredentials.post('resource-server', SECRET))).active()
        introspect(token, Scopes.NONE, Optional.of(ClientCredentials.basic('machine', SECRET))).active()
    }

    def "a public client may not introspect: invalid_client"() {
        given:
        register(Clients.publicNative(), 'public-client')
        def token = issueAccessToken(machine).value()

        when:
        introspect(token, Scopes.NONE, Optional.of(ClientCredentials.none('public-client')))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "a caller whose credentials fail (#problem) gets invalid_client, not an answer"() {
        given:
        def token = issueAccessToken(machine).value()

        when:
        introspect(token, Scopes.NONE, Optional.of(caller))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT

        where:
        problem             | caller
        'a wrong secret'    | ClientCredentials.post('resource-server', 'not the secret')
        'an unknown client' | ClientCredentials.post('nobody', SECRET)
        'the wrong method'  | ClientCredentials.basic('resource-server', SECRET)
    }
}
