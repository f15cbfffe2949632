package dev.portcullis.application.token

import dev.portcullis.application.fakes.FakeKeyRepository
import dev.portcullis.application.key.KeyRing
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.LifespanKey
import dev.portcullis.domain.client.TokenLifespans
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.grant.TokenKind

import java.time.Duration

class AccessTokensSpec extends TokenServiceSpecification {

    Client machine

    def setup() {
        machine = registerMachine()
    }

    Map<String, Object> claimsOf(String token) {
        codec.verify(token, keyRing.keys(KeySetName.ACCESS_TOKEN)).orElseThrow().members()
    }

    def "a refresh token is pc_rt_ and 43 base64url characters, recorded in the access token's grant"() {
        given:
        def family = grant(machine)

        when:
        def access = accessTokens.issueAccessToken(family)
        def refresh = accessTokens.issueRefreshToken(family)

        then:
        refresh.value() ==~ /pc_rt_[A-Za-z0-9_-]{43}/
        refresh.record().kind() == TokenKind.REFRESH_TOKEN
        refresh.record().grantId() == access.record().grantId()
        recordOf(refresh.value()) == Optional.of(refresh.record())
    }

    def "a refresh token lives for the server's refresh lifespan unless the client sets its own"() {
        given:
        def lifespans = new TokenLifespans([(new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.REFRESH_TOKEN)): Duration.ofHours(2)])
        def own = register(Clients.webApp().lifespans(lifespans), 'web-app')

        expect:
        accessTokens.issueRefreshToken(grant(machine)).expiresIn() == REFRESH_LIFESPAN.toSeconds()
        accessTokens.issueRefreshToken(grant(own, [grantType: GrantType.AUTHORIZATION_CODE])).expiresIn() == 7200
        accessTokens.issueRefreshToken(grant(own, [grantType: GrantType.REFRESH_TOKEN])).expiresIn() == REFRESH_LIFESPAN.toSeconds()
    }

    def "a lifespan applies to the grant type it is set for only"() {
        given:
        def lifespans = new TokenLifespans([(new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(5)])
        def client = register(Clients.webApp().lifespans(lifespans), 'web-app')

        expect:
        issueAccessToken(client, [grantType: GrantType.AUTHORIZATION_CODE]).expiresIn() == 300
        issueAccessToken(client, [grantType: GrantType.REFRESH_TOKEN]).expiresIn() == ACCESS_LIFESPAN.toSeconds()
    }

    def "a token issued for a resource owner names the owner as sub and in its record"() {
        when:
        def token = issueAccessToken(machine, [subject: 'alice'])

        then:
        claimsOf(token.value()).sub == 'alice'
        claimsOf(token.value()).client_id == 'machine'
        token.record().subject() == Optional.of('alice')
    }

    def "extra claims are added but never override the registered ones"() {
        when:
        def token = issueAccessToken(machine, [claims: [iss: 'https://evil.example.com', sub: 'mallory', exp: 1, scope: 'admin',
                                                        client_id: 'someone', jti: 'fixed', aud: ['x'], nbf: 1, iat: 1,
                                                        tenant: 'acme', roles: ['reader']]])
        def claims = claimsOf(token.value())

        then:
        claims.tenant == 'acme'
        claims.roles == ['reader']
        claims.iss == 'https://auth.example.com'
        claims.sub == 'machine'
        claims.client_id == 'machine'
        claims.scope == 'read'
        claims.jti != 'fixed'
        claims.aud == ['https://auth.example.com']
        claims.exp == START.epochSecond + ACCESS_LIFESPAN.toSeconds()
        claims.iat == START.epochSecond
        claims.nbf == START.epochSecond
    }

    def "a JWT cannot be issued while the access-token set has no key"() {
        given:
        def withoutKeys = new AccessTokens(settings, tokens, digest, codec, new KeyRing(new FakeKeyRepository(), clock), randomness, clock)

        when:
        withoutKeys.issueAccessToken(grant(machine))

        then:
        thrown(IllegalStateException)
    }

    def "an issued token never prints its value"() {
        given:
        def token = issueAccessToken(machine)

        expect:
        !token.toString().contains(token.value())
    }

    def "grant ids are fresh each time"() {
        expect:
        (1..20).collect { accessTokens.newGrantId() }.toSet().size() == 20
    }

    def "grant ids issued later sort after earlier ones, so that the grant index grows at its end"() {
        when:
        def ids = (1..5).collect {
            clock.advance(Duration.ofMillis(1))
            accessTokens.newGrantId().value()
        }

        then:
        ids == ids.toSorted()
        ids.every { it ==~ /[0-9a-f]{12}[A-Za-z0-9_-]{14}/ }
    }

    def "the issuer appears without its trailing slash"() {
        expect:
        settings.issuerValue() == 'https://auth.example.com'
        new TokenSettings(URI.create('https://auth.example.com/tenant'), ACCESS_LIFESPAN, REFRESH_LIFESPAN, serverStrategy)
                .issuerValue() == 'https://auth.example.com/tenant'
    }
}
