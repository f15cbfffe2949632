package dev.portcullis.application.token

import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes

class RevokeTokenServiceSpec extends TokenServiceSpecification {

    Client machine
    Client other

    def setup() {
        machine = registerMachine()
        other = registerMachine('other-machine')
    }

    RevokeTokenService getService() {
        new RevokeTokenService(authenticator, tokens, digest)
    }

    void revoke(String token, ClientCredentials credentials = ClientCredentials.basic('machine', SECRET)) {
        service.revoke(new RevokeTokenCommand(credentials, token))
    }

    boolean active(String token) {
        new IntrospectTokenService(authenticator, tokens, digest, settings, clock)
                .introspect(new IntrospectTokenCommand(Optional.empty(), token, Scopes.NONE)).active()
    }

    def "revoking its own #strategy access token makes it inactive and leaves the grant's other tokens"() {
        given:
        serverStrategy = strategy
        def grantId = accessTokens.newGrantId()
        def revoked = issueAccessToken(machine, [grantId: grantId]).value()
        def sibling = issueAccessToken(machine, [grantId: grantId]).value()
        def refresh = accessTokens.issueRefreshToken(grant(machine, [grantId: grantId])).value()

        when:
        revoke(revoked)

        then:
        !active(revoked)
        recordOf(revoked).orElseThrow().revoked()
        active(sibling)
        active(refresh)

        where:
        strategy << [AccessTokenStrategy.JWT, AccessTokenStrategy.OPAQUE]
    }

    def "revoking a refresh token revokes every token of its grant and no other"() {
        given:
        def grantId = accessTokens.newGrantId()
        def access = issueAccessToken(machine, [grantId: grantId]).value()
        def refresh = accessTokens.issueRefreshToken(grant(machine, [grantId: grantId])).value()
        def unrelated = issueAccessToken(machine).value()

        when:
        revoke(refresh)

        then:
        !active(refresh)
        !active(access)
        active(unrelated)
    }

    def "revoking a token that is #kind is no error"() {
        given:
        def kept = issueAccessToken(machine).value()

        when:
        revoke(token)

        then:
        noExceptionThrown()
        active(kept)

        where:
        kind                          | token
        'unknown'                     | 'pc_at_' + 'A' * 43
        'empty'                       | ''
        'over 8192 characters long'   | 'x' * 8193
        'malformed'                   | 'not a token at all'
    }

    def "revoking a token twice is no error"() {
        given:
        def token = issueAccessToken(machine).value()
        revoke(token)

        when:
        revoke(token)

        then:
        noExceptionThrown()
        !active(token)
    }

    def "revoking an expired token is no error"() {
        given:
        def token = issueAccessToken(machine).value()
        clock.advance(ACCESS_LIFESPAN.multipliedBy(2))

        when:
        revoke(token)

        then:
        noExceptionThrown()
    }

    def "revoking another client's #kind is unauthorized_client and revokes nothing"() {
        given:
        def grantId = accessTokens.newGrantId()
        def access = issueAccessToken(other, [grantId: grantId]).value()
        def refresh = accessTokens.issueRefreshToken(grant(other, [grantId: grantId])).value()

        when:
        revoke(kind == 'access token' ? access : refresh)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNAUTHORIZED_CLIENT
        active(access)
        active(refresh)

        where:
        kind << ['access token', 'refresh token']
    }

    def "a caller whose credentials fail (#problem) gets invalid_client and revokes nothing"() {
        given:
        def token = issueAccessToken(machine).value()

        when:
        revoke(token, credentials)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
        active(token)

        where:
        problem             | credentials
        'a wrong secret'    | ClientCredentials.basic('machine', 'not the secret')
        'an unknown client' | ClientCredentials.basic('nobody', SECRET)
        'the wrong method'  | ClientCredentials.post('machine', SECRET)
    }

    def "a public client revokes its own tokens"() {
        given:
        def publicClient = register(Clients.publicNative(), 'public-client')
        def token = issueAccessToken(publicClient, [grantType: GrantType.AUTHORIZATION_CODE, scope: ['openid']]).value()

        when:
        revoke(token, ClientCredentials.none('public-client'))

        then:
        !active(token)
    }
}
