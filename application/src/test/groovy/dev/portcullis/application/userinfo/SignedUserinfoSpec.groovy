package dev.portcullis.application.userinfo

import dev.portcullis.application.authorization.AuthorizationFlowSpecification
import dev.portcullis.application.authorization.BrowserResponse
import dev.portcullis.application.authorization.ConsentAnswer
import dev.portcullis.application.fakes.FakeTokenCodec
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

import java.time.Duration

/**
 * Userinfo as a signed JWT (OIDC Core §5.3.2) for a client that registered {@code userinfo_signed_response_alg}:
 * signed with the id-token key set's key of that algorithm, holding {@code sub}, the granted claims, {@code iss}
 * and {@code aud}; plain JSON for every other client.
 */
class SignedUserinfoSpec extends AuthorizationFlowSpecification {

    GetUserinfoService getUserinfo() {
        new GetUserinfoService(tokens, digest, flows, clients, keyRing, codec, settings, clock)
    }

    /** The web app, registered again with {@code userinfo_signed_response_alg} {@code alg} (null: none). */
    void registerWebApp(SigningAlgorithm alg) {
        clients.remove(new ClientId(CLIENT_ID))
        client = register(webApp().userinfoSignedResponseAlg(Optional.ofNullable(alg)), CLIENT_ID)
    }

    /** An access token of a flow whose consent granted {@code name} for userinfo. */
    String accessToken() {
        def challenge = consentChallenge(loginChallenge([:]))
        def answer = send(parameters(consents.accept(new ConsentAnswer(challenge, ['openid'], [], false, 0,
                JsonDocument.EMPTY, JsonDocument.EMPTY, new JsonDocument([name: 'Ada Lovelace']))).redirectTo()))
        assert answer instanceof BrowserResponse.ToClient: answer
        redeem((answer as BrowserResponse.ToClient).parameters().code).accessToken()
    }

    def "a client that registered RS256 gets a JWT signed with the id-token set's RS256 key, with iss, aud, sub and the claims"() {
        given:
        registerWebApp(SigningAlgorithm.RS256)

        when:
        def answer = userinfo.userinfo(accessToken())
        def jwt = answer.jwt().orElseThrow()
        def claims = codec.verify(jwt, keyRing.keys(KeySetName.ID_TOKEN)).orElseThrow().members()

        then:
        FakeTokenCodec.header(jwt).alg == 'RS256'
        FakeTokenCodec.header(jwt).kid == keyRing.signingKey(KeySetName.ID_TOKEN).get().kid().value()
        claims.iss == settings.issuerValue()
        claims.aud == CLIENT_ID
        claims.sub == 'ada'
        claims.name == 'Ada Lovelace'
        !claims.containsKey('nonce')
        answer.subject() == 'ada'
        answer.claims().members() == [name: 'Ada Lovelace']
    }

    def "the key of the registered algorithm signs even when a newer key of another algorithm is the set's signing key"() {
        given:
        registerWebApp(SigningAlgorithm.RS256)
        def rsa = keyRing.signingKey(KeySetName.ID_TOKEN).get()
        clock.advance(Duration.ofMinutes(1))
        keys.add(keyMaker.generate(KeySetName.ID_TOKEN, SigningAlgorithm.ES256, clock.instant()))
        keyRing.forget(KeySetName.ID_TOKEN)

        when:
        def jwt = userinfo.userinfo(accessToken()).jwt().orElseThrow()

        then:
        keyRing.signingKey(KeySetName.ID_TOKEN).get().algorithm() == SigningAlgorithm.ES256
        FakeTokenCodec.header(jwt).alg == 'RS256'
        FakeTokenCodec.header(jwt).kid == rsa.kid().value()
    }

    def "when the set has no key of the registered algorithm, its signing key signs"() {
        given:
        registerWebApp(SigningAlgorithm.ES256)

        when:
        def jwt = userinfo.userinfo(accessToken()).jwt().orElseThrow()

        then:
        FakeTokenCodec.header(jwt).alg == 'RS256'
        codec.verify(jwt, keyRing.keys(KeySetName.ID_TOKEN)).get().members().aud == CLIENT_ID
    }

    def "a client that registered no algorithm gets JSON only"() {
        given:
        registerWebApp(null)

        expect:
        userinfo.userinfo(accessToken()).jwt().isEmpty()
    }
}
