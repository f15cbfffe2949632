package dev.portcullis.application.grant.authorizationcode

import dev.portcullis.application.authorization.AuthorizationFlowSpecification
import dev.portcullis.application.fakes.InterleavingFlowRepository
import dev.portcullis.application.fakes.InterleavingTokenRepository
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.domain.authorization.FlowStage
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.PkceChallenge
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.token.TokenType

/**
 * RFC 6749 §4.1.3 over the fakes: the code comes from a real flow through the authorization endpoint's use cases,
 * and is redeemed once, by its own client, with the redirect URI and PKCE verifier it is bound to.
 */
class AuthorizationCodeGrantHandlerSpec extends AuthorizationFlowSpecification {

    Map<String, Object> claimsOf(String token, KeySetName set = KeySetName.ACCESS_TOKEN) {
        codec.verify(token, keyRing.keys(set)).orElseThrow().members()
    }

    boolean revoked(String token) {
        recordOf(token).orElseThrow().revoked()
    }

    /** Every token of a response, which a revoked grant must have revoked. */
    static List<String> recordedTokens(TokenResponse response) {
        [response.accessToken()] + response.refreshToken().map { [it] }.orElse([])
    }

    OAuthException invalidGrantOn(Closure<?> redemption) {
        try {
            redemption()
        } catch (OAuthException e) {
            assert e.error().code() == ErrorCode.INVALID_GRANT
            return e
        }
        throw new AssertionError('expected invalid_grant')
    }

    def "the handler serves authorization_code"() {
        expect:
        codes.grantType() == GrantType.AUTHORIZATION_CODE
    }

    def "a code is redeemed for bearer access, refresh and ID tokens of the consented grant"() {
        given:
        def code = code()
        def flow = flowOfCode(code)

        when:
        def response = redeem(code)

        then:
        response.tokenType() == TokenType.BEARER
        response.scope().values() as List == ['openid', 'offline_access']
        response.expiresIn() == ACCESS_LIFESPAN.toSeconds()
        with(recordOf(response.accessToken()).orElseThrow()) {
            kind() == TokenKind.ACCESS_TOKEN
            grantId() == flow.id()
            subject() == Optional.of('ada')
            clientId() == client.id()
            !revoked()
        }
        with(recordOf(response.refreshToken().orElseThrow()).orElseThrow()) {
            kind() == TokenKind.REFRESH_TOKEN
            grantId() == flow.id()
            scope().values() as List == ['openid', 'offline_access']
        }
        claimsOf(response.idToken().orElseThrow(), KeySetName.ID_TOKEN).sub == 'ada'
        flowOfCode(code).stage() == FlowStage.CODE_REDEEMED
    }

    def "the tokens carry what the consent granted: its scope, audience and claims, and the request's nonce"() {
        given:
        def code = code([scope: 'openid offline_access profile'], [scope: ['openid', 'profile'], audience: [API],
                                                                    idTokenClaims: [email: 'ada@example.com'], accessTokenClaims: [tenant: 't-1']])

        when:
        def response = redeem(code)
        def access = claimsOf(response.accessToken())
        def id = claimsOf(response.idToken().orElseThrow(), KeySetName.ID_TOKEN)

        then:
        response.scope().values() as List == ['openid', 'profile']
        access.scope == 'openid profile'
        access.aud == [API]
        access.tenant == 't-1'
        !access.containsKey('email')
        id.aud == [CLIENT_ID]
        id.email == 'ada@example.com'
        id.nonce == NONCE
        !id.containsKey('tenant')
    }

    def "a grant of #granted yields #yields"() {
        given:
        def code = code([scope: granted])

        when:
        def response = redeem(code)

        then:
        response.refreshToken().isPresent() == refresh
        response.idToken().isPresent() == idToken

        where:
        granted                  || refresh | idToken | yields
        'openid offline_access'  || true    | true    | 'a refresh and an ID token'
        'openid'                 || false   | true    | 'an ID token, no refresh token'
        'offline_access'         || true    | false   | 'a refresh token, no ID token'
        'profile'                || false   | false   | 'an access token alone'
    }

    def "a code redeemed a second time by its own client is invalid_grant and revokes the consent and every token it yielded"() {
        given:
        def code = code()
        def first = redeem(code)

        when:
        redeem(code)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        recordedTokens(first).every { revoked(it) }
        flowOfCode(code).stage() == FlowStage.REVOKED

        when: 'the refresh token the first redemption gave is used'
        refresh(first.refreshToken().orElseThrow())

        then:
        def refused = thrown(OAuthException)
        refused.error().code() == ErrorCode.INVALID_GRANT
    }

    def "a code replayed by another client is invalid_grant and revokes nothing"() {
        given:
        def other = register(webApp(), 'other-app')
        def code = code()
        def first = redeem(code)

        when:
        redeem(code, [:], other)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        recordedTokens(first).every { !revoked(it) }
        flowOfCode(code).stage() == FlowStage.CODE_REDEEMED
        refresh(first.refreshToken().orElseThrow()).accessToken()
    }

    def "a code presented by another client before its redemption is invalid_grant, and its own client can still redeem it"() {
        given:
        def other = register(webApp(), 'other-app')
        def code = code()

        when:
        redeem(code, [:], other)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0

        and: 'its own client can still redeem it'
        redeem(code).accessToken()
    }

    def "a code that is #kind is invalid_grant and issues nothing"() {
        given:
        code()

        when:
        redeem(presented)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0

        where:
        kind                          | presented
        'unknown'                     | 'pc_ac_' + 'A' * 43
        'over 8192 characters long'   | 'x' * 8193
        'not one this server issued'  | 'not even a code'
    }

    def "a token request without a code is invalid_request naming code"() {
        when:
        redeem(presented)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('code')

        where:
        presented << [null, '']
    }

    def "a code past its lifespan is invalid_grant, issues nothing and revokes nothing"() {
        given:
        def code = code()
        clock.advance(CODE_LIFESPAN)

        when:
        redeem(code)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0
        flowOfCode(code).stage() == FlowStage.CODE_ISSUED
    }

    def "a redirect_uri that #mismatch is invalid_grant, and the code is not used up"() {
        given:
        def code = code()

        when:
        redeem(code, [redirect_uri: presented])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('redirect_uri')
        removeAllRecords() == 0

        and:
        redeem(code).accessToken()

        where:
        mismatch                              | presented
        'differs from the request'            | 'https://app.example.com/elsewhere'
        'differs only by a trailing slash'    | CALLBACK + '/'
    }

    def "a client with a sole registered redirect URI may leave redirect_uri out though the request named it, as Box's SDKs do"() {
        expect: 'the fixture client registers CALLBACK alone; clients with several are held to RFC 6749 §4.1.3'
        redeem(code(), [redirect_uri: null]).accessToken()
    }

    def "when the authorization request named no redirect_uri, the token request may leave it out or name the registered one"() {
        given:
        def first = code([redirect_uri: null, scope: 'offline_access'])
        def second = code([redirect_uri: null, scope: 'offline_access'])

        expect:
        redeem(first, [redirect_uri: null]).accessToken()
        redeem(second, [redirect_uri: CALLBACK]).accessToken()
    }

    def "a code_verifier that #problem is invalid_grant, and the code is not used up"() {
        given:
        def code = code()

        when:
        redeem(code, [code_verifier: verifier])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('code_verifier')
        removeAllRecords() == 0

        and:
        redeem(code).accessToken()

        where:
        problem                     | verifier
        'is missing'                | null
        'is wrong'                  | 'x' * 43
        'is the challenge itself'   | PkceChallenge.s256(VERIFIER)
        'is too short to be one'    | 'short'
    }

    def "a code_verifier without a code_challenge in the request is invalid_grant (a downgrade), and none is needed"() {
        given:
        pkceRequired = false
        def first = code([code_challenge: null, code_challenge_method: null])
        def second = code([code_challenge: null, code_challenge_method: null])

        when:
        redeem(first, [code_verifier: VERIFIER])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('code_verifier')

        and: 'without the verifier the code works'
        redeem(second, [code_verifier: null]).accessToken()
    }

    def "a plain challenge, where allowed, is satisfied by the verifier itself"() {
        given:
        plainPkceAllowed = true
        def code = code([code_challenge: VERIFIER, code_challenge_method: 'plain'])

        expect:
        redeem(code).accessToken()
    }

    def "a public client redeems its code with PKCE alone"() {
        given:
        def app = register(webApp().tokenEndpointAuthMethod(AuthMethod.NONE), 'native-app')
        def code = code([client_id: 'native-app'])

        when:
        def response = redeem(code, [:], app)

        then:
        recordOf(response.accessToken()).orElseThrow().clientId() == app.id()
    }

    def "of two redemptions racing on one code the later write loses: invalid_grant, and the grant is revoked"() {
        given:
        def code = code()
        def racing = new InterleavingFlowRepository(flows)
        TokenResponse winner = null
        racing.beforeNextUpdate { winner = redeem(code) }

        when:
        codesOver(racing, tokens).handle(new TokenRequest(GrantType.AUTHORIZATION_CODE,
                [code: code, redirect_uri: CALLBACK, code_verifier: VERIFIER]), authenticated(client))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        winner != null
        recordedTokens(winner).every { revoked(it) }
        flowOfCode(code).stage() == FlowStage.REVOKED
    }

    def "a redemption whose grant is revoked while it issues tokens leaves none of them active"() {
        given:
        def code = code()
        def racing = new InterleavingTokenRepository(tokens)
        racing.beforeNextAdd { invalidGrantOn { redeem(code) } }

        when:
        def response = codesOver(flows, racing).handle(new TokenRequest(GrantType.AUTHORIZATION_CODE,
                [code: code, redirect_uri: CALLBACK, code_verifier: VERIFIER]), authenticated(client))

        then:
        recordedTokens(response).every { revoked(it) }
        flowOfCode(code).stage() == FlowStage.REVOKED
    }
}
