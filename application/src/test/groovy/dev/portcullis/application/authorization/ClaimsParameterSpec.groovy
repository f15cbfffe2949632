package dev.portcullis.application.authorization

import dev.portcullis.application.userinfo.GetUserinfoService
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.key.KeySetName

/**
 * The {@code claims} request parameter (OIDC Core §5.5) from the authorization request to the consent app,
 * the ID token and userinfo; and the consent's userinfo-only claims, which the ID token leaves out unless asked.
 */
class ClaimsParameterSpec extends AuthorizationFlowSpecification {

    static final String CLAIMS = '{"id_token":{"email":{"essential":true}},"userinfo":{"name":null},"other":1}'
    static final Map USERINFO = [name: 'Ada Lovelace', email: 'ada@example.com', email_verified: true, updated_at: 1700000000,
                                 address: [street_address: '12 St James\'s Square', country: 'GB']]

    def "a claims parameter that is #problem is invalid_request at the redirect URI, with state and iss"() {
        when:
        def answer = send(authorizationRequest(claims: claims))

        then:
        answer instanceof BrowserResponse.ToClient
        def parameters = (answer as BrowserResponse.ToClient).parameters()
        parameters.error == ErrorCode.INVALID_REQUEST.value()
        parameters.error_description.contains('claims')
        parameters.state == STATE
        parameters.iss == settings.issuerValue()
        answer.cookies().isEmpty()

        where:
        problem                                 | claims
        'not JSON'                              | '{"userinfo":'
        'JSON with text after it'               | '{} {}'
        'an array'                              | '[{"userinfo":{}}]'
        'a string'                              | '"userinfo"'
        'an object whose userinfo is an array'  | '{"userinfo":["name"]}'
        'an object whose id_token is a string'  | '{"id_token":"email"}'
        'a claim request that is a string'      | '{"userinfo":{"name":"yes"}}'
        'a claim request with essential "true"' | '{"userinfo":{"name":{"essential":"true"}}}'
        'a claim request whose values is not an array' | '{"id_token":{"acr":{"values":"1"}}}'
    }

    def "the consent app sees the claims the client asked for, in userinfo and in the ID token"() {
        when:
        def view = consentRequests.get(consentChallenge(loginChallenge(claims: CLAIMS)))

        then:
        view.oidcContext().claims().idToken() == ['email'] as Set
        view.oidcContext().claims().userinfo() == ['name'] as Set
        view.oidcContext().claims().document() == new JsonDocument([id_token: [email: [essential: true]], userinfo: [name: null]])
    }

    def "without a claims parameter the consent app sees no claims asked for"() {
        expect:
        consentRequests.get(consentChallenge(loginChallenge())).oidcContext().claims().isEmpty()
    }

    def "userinfo-only claims stay out of the ID token, and userinfo returns them with the ID token's, typed"() {
        when:
        def response = redeem(codeWithUserinfo([:], [nickname: 'ada']))
        def id = codec.verify(response.idToken().orElseThrow(), keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()
        def userinfo = userinfo.userinfo(response.accessToken())

        then:
        id.nickname == 'ada'
        id.keySet().intersect(USERINFO.keySet()).isEmpty()
        userinfo.subject() == 'ada'
        userinfo.claims().members() == [nickname: 'ada'] + USERINFO
        userinfo.claims().members().email_verified == true
        userinfo.claims().members().updated_at == 1700000000L
    }

    def "the ID token has the userinfo claims the claims parameter asks for there, and no others"() {
        when:
        def response = redeem(codeWithUserinfo([claims: CLAIMS]))
        def id = codec.verify(response.idToken().orElseThrow(), keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()

        then:
        id.email == 'ada@example.com'
        !id.containsKey('name')
        !id.containsKey('address')
        userinfo.userinfo(response.accessToken()).claims().members() == USERINFO
    }

    def "a claims parameter cannot put a claim the server vouches for in the ID token from the consent's claims"() {
        when:
        def response = redeem(codeWithUserinfo([claims: '{"id_token":{"sub":null,"auth_time":null}}'], [:],
                [sub: 'someone-else', auth_time: 1]))
        def id = codec.verify(response.idToken().orElseThrow(), keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()

        then:
        id.sub == 'ada'
        id.auth_time != 1
    }

    /** A flow in which the consent app grants the requested scopes, {@code idToken} claims and {@code USERINFO} for userinfo only. */
    String codeWithUserinfo(Map<String, String> changes, Map idToken = [:], Map userinfoClaims = USERINFO) {
        def challenge = consentChallenge(loginChallenge(changes))
        def answer = send(parameters(consents.accept(new ConsentAnswer(challenge, ['openid', 'offline_access'], [], false, 0,
                new JsonDocument(idToken), JsonDocument.EMPTY, new JsonDocument(userinfoClaims))).redirectTo()))
        assert answer instanceof BrowserResponse.ToClient: answer
        (answer as BrowserResponse.ToClient).parameters().code
    }

    GetUserinfoService getUserinfo() {
        new GetUserinfoService(tokens, digest, flows, clients, keyRing, codec, settings, clock)
    }
}
