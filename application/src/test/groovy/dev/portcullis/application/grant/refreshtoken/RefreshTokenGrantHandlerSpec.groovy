package dev.portcullis.application.grant.refreshtoken

import dev.portcullis.application.authorization.AuthorizationFlowSpecification
import dev.portcullis.application.fakes.InterleavingTokenRepository
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.domain.authorization.FlowStage
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.token.TokenType

import java.time.Duration
import java.time.Instant

/**
 * RFC 6749 §6 with rotation over the fakes: the refresh tokens come from a real flow and code redemption; each use
 * revokes the presented token and issues a new one in the same grant, and a rotated token that comes back revokes
 * the grant (RFC 9700 §4.14.2).
 */
class RefreshTokenGrantHandlerSpec extends AuthorizationFlowSpecification {

    /** The tokens of a flow in which ada granted openid, offline_access and profile. */
    TokenResponse granted() {
        redeem(code([scope: 'openid offline_access profile']))
    }

    boolean revoked(String token) {
        recordOf(token).orElseThrow().revoked()
    }

    static List<String> recordedTokens(TokenResponse response) {
        [response.accessToken()] + response.refreshToken().map { [it] }.orElse([])
    }

    def "the handler serves refresh_token"() {
        expect:
        refreshes.grantType() == GrantType.REFRESH_TOKEN
    }

    def "a refresh revokes the presented refresh token and issues new access and refresh tokens of the same grant"() {
        given:
        def first = granted()
        def grant = recordOf(first.refreshToken().get()).get().grantId()

        when:
        def second = refresh(first.refreshToken().get())

        then:
        second.tokenType() == TokenType.BEARER
        second.refreshToken().get() != first.refreshToken().get()
        revoked(first.refreshToken().get())
        !revoked(first.accessToken())
        recordedTokens(second).every { !revoked(it) && recordOf(it).get().grantId() == grant }
        recordOf(second.refreshToken().get()).get().kind() == TokenKind.REFRESH_TOKEN
        recordOf(second.accessToken()).get().subject() == Optional.of('ada')
    }

    def "each rotated refresh token works in its turn"() {
        given:
        def issued = granted()

        when:
        3.times { issued = refresh(issued.refreshToken().get()) }

        then:
        !revoked(issued.refreshToken().get())
        refresh(issued.refreshToken().get()).accessToken()
    }

    def "a refresh token presented again after its rotation is invalid_grant and revokes the consent and every token of the grant"() {
        given:
        def first = granted()
        def second = refresh(first.refreshToken().get())

        when:
        refresh(first.refreshToken().get())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        (recordedTokens(first) + recordedTokens(second)).every { revoked(it) }
        flows.find(recordOf(first.accessToken()).get().grantId()).get().stage() == FlowStage.REVOKED

        when: 'the newest refresh token is used'
        refresh(second.refreshToken().get())

        then:
        def refused = thrown(OAuthException)
        refused.error().code() == ErrorCode.INVALID_GRANT
    }

    def "without a scope parameter the refresh gets the refresh token's scope"() {
        when:
        def refreshed = refresh(granted().refreshToken().get(), more)

        then:
        refreshed.scope().values() as List == ['openid', 'offline_access', 'profile']
        refreshed.idToken().isPresent()

        where:
        more << [[:], [scope: '']]
    }

    def "narrowing the scope to #narrower gives tokens of that scope, and the new refresh token keeps the full scope"() {
        given:
        def issued = granted()

        when:
        def narrowed = refresh(issued.refreshToken().get(), [scope: narrower])

        then:
        narrowed.scope().value() == narrower
        recordOf(narrowed.accessToken()).get().scope().value() == narrower
        recordOf(narrowed.refreshToken().get()).get().scope().values() as List == ['openid', 'offline_access', 'profile']
        narrowed.idToken().isPresent() == narrower.contains('openid')

        and: 'the next refresh gets the full scope back'
        refresh(narrowed.refreshToken().get()).scope().values() as List == ['openid', 'offline_access', 'profile']

        where:
        narrower << ['openid', 'profile', 'openid profile']
    }

    def "widening the scope (#requested) is invalid_scope, and the refresh token stays usable"() {
        given:
        def issued = granted()

        when:
        refresh(issued.refreshToken().get(), [scope: requested])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        !revoked(issued.refreshToken().get())

        and:
        refresh(issued.refreshToken().get()).accessToken()

        where:
        requested << ['openid offline_access profile email', 'email', 'admin']
    }

    def "a malformed scope is invalid_scope"() {
        when:
        refresh(granted().refreshToken().get(), [scope: 'openid  profile'])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
    }

    def "after the consent is revoked the refresh token is invalid_grant"() {
        given:
        def issued = granted()
        assert revokeConsents() == 1

        when:
        refresh(issued.refreshToken().get())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        recordedTokens(issued).every { revoked(it) }
    }

    def "a refresh token whose flow is gone is invalid_grant and is not used up"() {
        given:
        def issued = granted()
        flows.removeExpired(Instant.MAX)

        when:
        refresh(issued.refreshToken().get())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('consent')
        !revoked(issued.refreshToken().get())
    }

    def "a refresh token of another client is invalid_grant, revokes nothing and stays usable for its own client"() {
        given:
        def other = register(webApp(), 'other-app')
        def issued = granted()

        when:
        refresh(issued.refreshToken().get(), [:], other)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        recordedTokens(issued).every { !revoked(it) }

        and:
        refresh(issued.refreshToken().get()).accessToken()
    }

    def "a refresh token that is #kind is invalid_grant"() {
        given:
        def issued = granted()

        when:
        refresh(presented(issued))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT

        where:
        kind                        | presented
        'unknown'                   | { TokenResponse t -> 'pc_rt_' + 'A' * 43 }
        'an access token'           | { TokenResponse t -> t.accessToken() }
        'an ID token'               | { TokenResponse t -> t.idToken().get() }
        'over 8192 characters long' | { TokenResponse t -> 'x' * 8193 }
    }

    def "a token request without a refresh_token is invalid_request naming refresh_token"() {
        when:
        refreshes.handle(new TokenRequest(GrantType.REFRESH_TOKEN, [:]), authenticated(client))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('refresh_token')
    }

    def "an expired refresh token is invalid_grant"() {
        given:
        def issued = granted()
        clock.advance(REFRESH_LIFESPAN)

        when:
        refresh(issued.refreshToken().get())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
    }

    def "a refreshed ID token does not repeat the nonce (OIDC Core §12.2)"() {
        when:
        def refreshed = refresh(granted().refreshToken().get())
        def id = codec.verify(refreshed.idToken().get(), keyRing.keys(KeySetName.ID_TOKEN)).get().members()

        then:
        id.sub == 'ada'
        !id.containsKey('nonce')
    }

    def "a refresh keeps the flow for as long as the new refresh token lives"() {
        given:
        def issued = granted()
        def grant = recordOf(issued.accessToken()).get().grantId()
        clock.advance(Duration.ofDays(29))

        when:
        def refreshed = refresh(issued.refreshToken().get())

        then:
        !flows.find(grant).get().expiresAt().isBefore(recordOf(refreshed.refreshToken().get()).get().expiresAt())
    }

    def "of two refreshes racing with one token only one revokes it; the other counts as reuse and revokes the grant"() {
        given:
        def issued = granted()
        def racing = new InterleavingTokenRepository(tokens)
        TokenResponse winner = null
        racing.beforeNextRevoke { winner = refresh(issued.refreshToken().get()) }

        when:
        refreshesOver(flows, racing).handle(new TokenRequest(GrantType.REFRESH_TOKEN, [refresh_token: issued.refreshToken().get()]),
                authenticated(client))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        winner != null
        recordedTokens(winner).every { revoked(it) }
        flows.find(recordOf(issued.accessToken()).get().grantId()).get().stage() == FlowStage.REVOKED
    }

    def "a refresh whose grant is revoked while it issues tokens leaves none of them active"() {
        given:
        def issued = granted()
        def racing = new InterleavingTokenRepository(tokens)
        racing.beforeNextAdd {
            try {
                refresh(issued.refreshToken().get())
                assert false: 'the reuse was refused'
            } catch (OAuthException reuse) {
                assert reuse.error().code() == ErrorCode.INVALID_GRANT
            }
        }

        when:
        def response = refreshesOver(flows, racing).handle(
                new TokenRequest(GrantType.REFRESH_TOKEN, [refresh_token: issued.refreshToken().get()]), authenticated(client))

        then:
        recordedTokens(response).every { revoked(it) }
        flows.find(recordOf(issued.accessToken()).get().grantId()).get().stage() == FlowStage.REVOKED
    }
}
