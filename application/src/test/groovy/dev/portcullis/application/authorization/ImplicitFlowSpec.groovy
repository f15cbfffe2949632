package dev.portcullis.application.authorization

import dev.portcullis.application.grant.flow.IdTokens
import dev.portcullis.domain.authorization.FlowStage
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.ResponseMode
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.key.KeySetName

import java.nio.charset.StandardCharsets
import java.security.MessageDigest

/**
 * The implicit flow's issuance (OIDC Core §3.2): after login and consent the authorization endpoint itself answers
 * with an ID token (and, for {@code id_token token}, an access token), in the fragment unless the request asked
 * for form_post; the flow becomes a consent in force, so that revoking it revokes the access token.
 */
class ImplicitFlowSpec extends AuthorizationFlowSpecification {

    static final String SPA = 'spa'

    def setup() {
        register(webApp().grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.IMPLICIT] as Set)
                .responseTypes([ResponseType.CODE, ResponseType.ID_TOKEN, ResponseType.ID_TOKEN_TOKEN] as Set), SPA)
    }

    /** An implicit request of the SPA, without PKCE, which does not apply. */
    static Map<String, String> implicitRequest(String responseType, Map<String, String> changes = [:]) {
        [client_id: SPA, response_type: responseType, scope: 'openid profile email', code_challenge: null,
         code_challenge_method: null] + changes
    }

    /** Ada logs in and the consent app grants the requested scopes, with an ID token claim and userinfo-only claims. */
    BrowserResponse.ToClient implicitResponse(String responseType, Map<String, String> changes = [:]) {
        def request = implicitRequest(responseType, changes)
        def challenge = consentChallenge(loginChallenge(request))
        def redirect = consents.accept(new ConsentAnswer(challenge, request.scope.split(' ') as List<String>, [], false, 0,
                new JsonDocument([team: 'engines']), new JsonDocument([tier: 'gold']),
                new JsonDocument([email: 'ada@example.com', name: 'Ada Lovelace'])))
        def answer = send(parameters(redirect.redirectTo()))
        assert answer instanceof BrowserResponse.ToClient: answer
        answer
    }

    Map<String, Object> idClaims(String idToken) {
        codec.verify(idToken, keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()
    }

    static String leftHalfSha256(String token) {
        def hash = MessageDigest.getInstance('SHA-256').digest(token.getBytes(StandardCharsets.US_ASCII))
        Base64.urlEncoder.withoutPadding().encodeToString(Arrays.copyOf(hash, 16))
    }

    def "response_type=id_token answers in the fragment with an ID token only: nonce, no at_hash, the scopes' claims"() {
        when:
        def answer = implicitResponse('id_token')
        def parameters = answer.parameters()

        then:
        answer.redirectUri() == CALLBACK
        answer.mode() == ResponseMode.FRAGMENT
        parameters.keySet() == ['id_token', 'state', 'iss'] as Set
        parameters.state == STATE
        def claims = idClaims(parameters.id_token)
        claims.nonce == NONCE
        claims.sub == 'ada'
        claims.aud == [SPA]
        !claims.containsKey('at_hash')
        !claims.containsKey('c_hash')
        claims.team == 'engines'
        claims.email == 'ada@example.com'
        claims.name == 'Ada Lovelace'
        !claims.containsKey('tier')
        tokens.@tokens.values().isEmpty()
    }

    def "response_type=id_token token answers with a recorded bearer access token and an ID token whose at_hash is its hash"() {
        when:
        def answer = implicitResponse('id_token token')
        def parameters = answer.parameters()
        def record = recordOf(parameters.access_token).orElseThrow()

        then:
        answer.mode() == ResponseMode.FRAGMENT
        parameters.keySet() == ['access_token', 'token_type', 'expires_in', 'id_token', 'state', 'iss'] as Set
        parameters.token_type == 'Bearer'
        parameters.expires_in == ACCESS_LIFESPAN.toSeconds() as String
        def claims = idClaims(parameters.id_token)
        claims.nonce == NONCE
        claims.at_hash == leftHalfSha256(parameters.access_token)
        claims.team == 'engines'
        !claims.containsKey('email')
        record.kind() == TokenKind.ACCESS_TOKEN
        record.subject() == Optional.of('ada')
        record.clientId() == new ClientId(SPA)
        record.scope().values() as Set == ['openid', 'profile', 'email'] as Set
        tokens.@tokens.values().count { it.kind() == TokenKind.REFRESH_TOKEN } == 0
    }

    def "the implicit flow's grant is a consent in force; revoking the consent revokes its access token"() {
        given:
        def token = implicitResponse('id_token token').parameters().access_token
        def record = recordOf(token).orElseThrow()
        def flow = flows.find(record.grantId()).orElseThrow()

        expect:
        flow.stage() == FlowStage.TOKENS_ISSUED
        flow.code().isEmpty()

        when:
        consentRevocations.revoke(new ConsentSessionQuery('ada', Optional.of(new ClientId(SPA))))

        then:
        recordOf(token).orElseThrow().revoked()
        flows.find(record.grantId()).orElseThrow().stage() == FlowStage.REVOKED
    }

    def "response_mode=form_post carries the tokens in a form post"() {
        when:
        def answer = implicitResponse('id_token token', [response_mode: 'form_post'])

        then:
        answer.mode() == ResponseMode.FORM_POST
        answer.parameters().access_token
        answer.parameters().id_token
    }

    def "without state the answer carries none"() {
        expect:
        !implicitResponse('id_token', [state: null]).parameters().containsKey('state')
    }

    def "a code request of the same client still yields a code, in the query"() {
        when:
        def answer = authorizationResponse([client_id: SPA])

        then:
        answer.mode() == ResponseMode.QUERY
        answer.parameters().code
        !answer.parameters().containsKey('id_token')
    }

    def "an ID token from the code exchange still carries at_hash"() {
        when:
        def response = redeem(code())

        then:
        idClaims(response.idToken().orElseThrow()).at_hash == leftHalfSha256(response.accessToken())
    }
}
