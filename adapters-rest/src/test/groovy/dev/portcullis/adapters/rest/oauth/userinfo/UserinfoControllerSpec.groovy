package dev.portcullis.adapters.rest.oauth.userinfo

import dev.portcullis.adapters.rest.FakeCoreFactory
import dev.portcullis.adapters.rest.RestSpecification
import dev.portcullis.adapters.rest.oauth.discovery.DiscoveryDocument
import dev.portcullis.application.discovery.ServerMetadata
import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeTokenCodec
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.FakeTokenRepository
import dev.portcullis.application.key.KeyRing
import dev.portcullis.application.port.Flows
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.token.TokenRecord
import groovy.json.JsonSlurper
import io.micronaut.http.HttpHeaders
import io.micronaut.http.HttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.time.Duration

/**
 * Userinfo's wire format over the fakes: JSON, or for a client that registered {@code userinfo_signed_response_alg}
 * a JWS as {@code application/jwt} (OIDC Core §5.3.2); errors keep their Bearer challenge either way.
 */
@MicronautTest
class UserinfoControllerSpec extends RestSpecification {

    @Inject
    FakeTokenRepository tokens

    @Inject
    FakeFlowRepository flows

    @Inject
    FakeTokenDigest digest

    @Inject
    FakeTokenCodec codec

    @Inject
    KeyRing keyRing

    /**
     * An access token of a user, alice, for a new web client registered with {@code extra}, over a consent in
     * force (its userinfo claims are {@link Flows#consent}'s).
     */
    Map<String, String> accessToken(Map<String, Object> extra = [:]) {
        def clientId = registerClient([client_id     : unique('web'), grant_types: ['authorization_code'],
                                       response_types: ['code'], redirect_uris: ['https://app.example.com/callback'],
                                       scope         : 'openid profile'] + extra).client_id as String
        def name = unique('flow')
        assert flows.add(Flows.consented(name, client: clientId, requestedAt: clock.instant()))
        def token = unique('access-token')
        assert tokens.add(new TokenRecord(digest.digest(token), TokenKind.ACCESS_TOKEN, new ClientId(clientId),
                Optional.of('alice'), Scopes.of(['openid', 'profile']), Audience.NONE, clock.instant(),
                clock.instant().plus(Duration.ofHours(1)), Flows.grant(name), false))
        [clientId: clientId, token: token]
    }

    def "a client that registered userinfo_signed_response_alg gets application/jwt: a JWS with iss, aud, sub and the claims"() {
        given:
        def issued = accessToken(userinfo_signed_response_alg: 'ES256')

        when:
        def response = call(HttpRequest.GET('/userinfo').bearerAuth(issued.token), String)
        def jwt = response.body() as String
        def claims = codec.verify(jwt, keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()

        then:
        response.status.code == 200
        response.header(HttpHeaders.CONTENT_TYPE) == 'application/jwt'
        response.header(HttpHeaders.CACHE_CONTROL) == 'no-store'
        jwt.split('\\.').length == 3
        FakeTokenCodec.header(jwt).alg == 'ES256'
        claims.iss == FakeCoreFactory.ISSUER
        claims.aud == issued.clientId
        claims.sub == 'alice'
        claims.given_name == 'Alice'
    }

    def "a signed answer comes for a POSTed token too"() {
        given:
        def issued = accessToken(userinfo_signed_response_alg: 'ES256')

        when:
        def response = call(formPost('/userinfo', form([access_token: issued.token])), String)

        then:
        response.status.code == 200
        response.header(HttpHeaders.CONTENT_TYPE) == 'application/jwt'
        codec.verify(response.body() as String, keyRing.keys(KeySetName.ID_TOKEN)).get().members().sub == 'alice'
    }

    def "a client that registered no algorithm gets JSON"() {
        given:
        def issued = accessToken()

        when:
        def response = call(HttpRequest.GET('/userinfo').bearerAuth(issued.token), String)

        then:
        response.status.code == 200
        response.header(HttpHeaders.CONTENT_TYPE).startsWith('application/json')
        def body = new JsonSlurper().parseText(response.body() as String) as Map
        body.sub == 'alice'
        body.given_name == 'Alice'
        !body.containsKey('iss')
    }

    def "an unknown token is still 401 JSON with a Bearer challenge"() {
        when:
        def response = call(HttpRequest.GET('/userinfo').bearerAuth('not-a-token'))

        then:
        response.status.code == 401
        json(response).error == 'invalid_token'
        response.header(HttpHeaders.WWW_AUTHENTICATE).startsWith('Bearer ')
    }

    def "discovery lists none and the id-token set's algorithms for userinfo"() {
        given:
        def server = new ServerMetadata(FakeCoreFactory.ISSUER, ['authorization_code'], [], ['ES256'], ['RS256', 'ES256'], [], [])
        def document = new DiscoveryDocument(FakeCoreFactory.ISSUER)

        when:
        new UserinfoController.Metadata().contribute(server, document)

        then:
        document.userinfoSigningAlgValuesSupported == ['none', 'RS256', 'ES256']
    }
}
