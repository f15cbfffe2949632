package dev.portcullis.application.grant.jwtbearer

import dev.portcullis.application.fakes.FakeAssertionRepository
import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.fakes.FakeTrustRepository
import dev.portcullis.application.grant.AuthenticatedClient
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.application.token.TokenServiceSpecification
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.LifespanKey
import dev.portcullis.domain.client.TokenLifespans
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.token.TokenType
import dev.portcullis.domain.trust.TrustRelationship
import dev.portcullis.domain.trust.TrustRelationships

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors

/**
 * The jwt-bearer grant over fakes. Assertions are {@link FakeForeignJwts} tokens, "signed" by naming a kid; by
 * default from {@link #PARTNER} for alice, signed with key-1, whose relationship allows read, write and delete.
 * The client may ask for read, write and admin, so admin is beyond the relationship and delete beyond the client.
 */
class JwtBearerGrantHandlerSpec extends TokenServiceSpecification {

    static final String PARTNER = 'https://partner.example.com'
    static final String SERVER = 'https://auth.example.com'
    static final String TOKEN_ENDPOINT = SERVER + '/oauth2/token'
    static final String EXTRA_AUDIENCE = 'https://api.box.com/oauth2/token'
    static final Duration MAX_LIFETIME = Duration.ofMinutes(10)
    static final String API = 'https://api.example.com'

    FakeTrustRepository trusts = new FakeTrustRepository()
    FakeAssertionRepository assertions = new FakeAssertionRepository()
    FakeForeignJwts jwts = new FakeForeignJwts()

    Client partnerApp

    def setup() {
        partnerApp = register(Clients.confidential().grantTypes([GrantType.JWT_BEARER] as Set<GrantType>)
                .scope(Scopes.of(['read', 'write', 'admin'])).audience(Audience.of([API])))
        trust(scope: ['read', 'write', 'delete'])
    }

    JwtBearerGrantHandler getHandler() {
        new JwtBearerGrantHandler(accessTokens, trusts, assertions, jwts,
                new JwtBearerSettings(TOKEN_ENDPOINT, SERVER, [EXTRA_AUDIENCE] as Set<String>, MAX_LIFETIME), clock)
    }

    /** Trusts {@link #PARTNER} as {@code fields} say over the fixture's defaults (alice, key-1). */
    TrustRelationship trust(Map fields = [:]) {
        def relationship = TrustRelationships.relationship([issuer: PARTNER] + fields)
        assert trusts.add(relationship)
        relationship
    }

    static long epoch(Instant instant) {
        instant.epochSecond
    }

    /** The claims of a valid assertion, changed by {@code changes}; a claim changed to null is left out. */
    static Map claims(Map changes = [:]) {
        ([iss: PARTNER, sub: 'alice', aud: TOKEN_ENDPOINT, iat: epoch(START), exp: epoch(START + Duration.ofMinutes(5)),
          jti: 'assertion-1'] + changes).findAll { name, value -> value != null }
    }

    /** An assertion signed with the key {@code signedBy}, naming {@code kid} in its header (none when null). */
    static String assertion(Map changes = [:], String signedBy = 'key-1', String kid = signedBy) {
        FakeForeignJwts.token(claims(changes), signedBy, kid)
    }

    TokenResponse redeem(String assertion, Map<String, String> parameters = [:], Client client = partnerApp) {
        handle([assertion: assertion] + parameters, client)
    }

    TokenResponse handle(Map<String, String> parameters, Client client = partnerApp) {
        handler.handle(new TokenRequest(GrantType.JWT_BEARER, parameters), new AuthenticatedClient(client, AuthMethod.CLIENT_SECRET_BASIC))
    }

    Map<String, Object> claimsOf(String token) {
        codec.verify(token, keyRing.keys(KeySetName.ACCESS_TOKEN)).orElseThrow().members()
    }

    def "the handler serves the jwt-bearer grant"() {
        expect:
        handler.grantType() == GrantType.JWT_BEARER
        handler.grantType().value() == 'urn:ietf:params:oauth:grant-type:jwt-bearer'
    }

    def "a trusted issuer's assertion gets the client a bearer token for its subject with the scope '#requested'"() {
        when:
        def response = redeem(assertion(), [scope: requested])
        def record = recordOf(response.accessToken()).orElseThrow()
        def claims = claimsOf(response.accessToken())

        then:
        response.tokenType() == TokenType.BEARER
        response.scope().value() == requested
        response.refreshToken().isEmpty()
        response.idToken().isEmpty()
        record.subject() == Optional.of('alice')
        record.clientId() == partnerApp.id()
        record.scope().value() == requested
        record.kind() == TokenKind.ACCESS_TOKEN
        claims.sub == 'alice'
        claims.client_id == 'machine'
        claims.scope == (requested ? requested : null)
        removeAllRecords() == 1

        where:
        requested << ['read', 'write read', 'read write', '']
    }

    def "the token is issued for the jwt-bearer grant, so the client's jwt-bearer lifespan applies"() {
        given:
        def lifespans = new TokenLifespans([(new LifespanKey(GrantType.JWT_BEARER, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(7),
                                            (new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(20)])
        def client = register(Clients.confidential().grantTypes([GrantType.JWT_BEARER] as Set<GrantType>).lifespans(lifespans), 'lifespans')

        when:
        def response = redeem(assertion(), [scope: 'read'], client)

        then:
        response.expiresIn() == 420
        recordOf(response.accessToken()).orElseThrow().expiresAt() == START + Duration.ofMinutes(7)
    }

    def "an audience the client is registered for goes into the token"() {
        when:
        def response = redeem(assertion(), [audience: API])

        then:
        recordOf(response.accessToken()).orElseThrow().audience() == Audience.of([API])
        claimsOf(response.accessToken()).aud == [API]
    }

    def "an audience the client is not registered for is invalid_request, and the assertion stays usable"() {
        when:
        redeem(assertion(), [audience: 'https://evil.example.com'])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('audience')
        removeAllRecords() == 0

        and:
        redeem(assertion()).accessToken()
    }

    def "an assertion without kid verifying with the issuer's #which key trusted for its subject is accepted"() {
        given: 'two keys for alice, key-1 older than key-2, so tried first'
        trust(keyId: 'key-2', createdAt: TrustRelationships.CREATED + Duration.ofDays(1))

        when:
        def response = redeem(assertion([:], signedBy, null))

        then:
        recordOf(response.accessToken()).orElseThrow().subject() == Optional.of('alice')

        where:
        which    | signedBy
        'first'  | 'key-1'
        'second' | 'key-2'
    }

    def "an assertion without kid is not tried against keys trusted for other subjects or issuers"() {
        given:
        trust(subject: 'bob', keyId: 'bob-key')
        trust(issuer: 'https://other.example.com', keyId: 'other-key')

        when:
        redeem(assertion([:], signedBy, null))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0

        where:
        signedBy << ['bob-key', 'other-key', 'key-9']
    }

    def "an assertion whose kid names #problem is invalid_grant"() {
        given:
        trust(subject: 'bob', keyId: 'bob-key')
        trust(issuer: 'https://other.example.com', keyId: 'other-key')

        when:
        redeem(assertion([:], kid, kid))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('key')
        removeAllRecords() == 0

        where:
        problem                                  | kid
        'no key at all'                          | 'key-9'
        'a key trusted for another subject'      | 'bob-key'
        'a key trusted for another issuer'       | 'other-key'
        'a trusted key in another case'          | 'KEY-1'
    }

    def "an assertion naming a trusted kid but signed with #signer does not verify: invalid_grant"() {
        given:
        trust(keyId: 'key-2')

        when:
        redeem(assertion([:], signedBy, 'key-1'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('signature')
        removeAllRecords() == 0

        where:
        signer                               | signedBy
        'another key trusted for the subject' | 'key-2'
        'a key nobody trusts'                | 'forged'
    }

    def "an assertion from #issuer is invalid_grant"() {
        when:
        redeem(assertion(iss: issuer))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0

        where:
        issuer << ['https://stranger.example.com', PARTNER + '/', 'HTTPS://PARTNER.EXAMPLE.COM', 'partner.example.com']
    }

    def "an assertion for a subject the relationship does not admit (#subject) is invalid_grant"() {
        when:
        redeem(assertion(sub: subject))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('subject')
        removeAllRecords() == 0

        where:
        subject << ['bob', 'Alice', 'alice ', 'alice@partner.example.com']
    }

    def "a relationship allowing any subject admits #subject"() {
        given:
        trust(subject: null, keyId: 'any-key')

        when:
        def response = redeem(assertion([sub: subject], 'any-key'))

        then:
        recordOf(response.accessToken()).orElseThrow().subject() == Optional.of(subject)
        claimsOf(response.accessToken()).sub == subject

        where:
        subject << ['alice', 'bob', 'urn:example:service-account:42']
    }

    def "an assertion resting on a relationship that #when is invalid_grant"() {
        given:
        trust(subject: 'dave', keyId: 'old-key', createdAt: START - Duration.ofDays(30), expiresAt: expiresAt)

        when:
        redeem(assertion([sub: 'dave'], 'old-key'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0

        where:
        when                    | expiresAt
        'expires right now'     | START
        'expired a second ago'  | START - Duration.ofSeconds(1)
        'expired a week ago'    | START - Duration.ofDays(7)
    }

    def "once its relationship expires, an issuer's new assertions are refused"() {
        given:
        trust(subject: 'dave', keyId: 'dave-key', expiresAt: START + Duration.ofHours(1))
        redeem(assertion([sub: 'dave', jti: 'before'], 'dave-key'))
        clock.advance(Duration.ofHours(1))

        when:
        redeem(assertion([sub: 'dave', jti: 'after', iat: epoch(clock.instant()), exp: epoch(clock.instant() + Duration.ofMinutes(5))], 'dave-key'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 1
    }

    def "an assertion whose aud is #aud is accepted"() {
        expect:
        redeem(assertion(aud: aud)).accessToken()

        where:
        aud << [TOKEN_ENDPOINT, SERVER, EXTRA_AUDIENCE, [TOKEN_ENDPOINT], [SERVER], [EXTRA_AUDIENCE],
                ['https://someone-else.example.com', TOKEN_ENDPOINT], [42, SERVER], [TOKEN_ENDPOINT, SERVER]]
    }

    def "an assertion whose aud is #aud is invalid_grant naming aud"() {
        when:
        redeem(assertion(aud: aud))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('aud')
        removeAllRecords() == 0

        where:
        aud << [null, 'https://evil.example.com', ['https://evil.example.com'], [], '', TOKEN_ENDPOINT + '/', SERVER + '/',
                'HTTPS://AUTH.EXAMPLE.COM', SERVER + '/oauth2/token?x=1', 42, [[TOKEN_ENDPOINT]], [a: TOKEN_ENDPOINT], true,
                PARTNER]
    }

    def "an assertion that #problem is invalid_grant"() {
        when:
        redeem(assertion(changes))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains(named)
        removeAllRecords() == 0

        where:
        problem                                         | changes                                                                   || named
        'has no exp'                                    | [exp: null]                                                               || 'exp'
        'expires now'                                   | [exp: epoch(START)]                                                       || 'expired'
        'expired a second ago'                          | [exp: epoch(START) - 1, iat: epoch(START) - 60]                           || 'expired'
        'lives a second longer than allowed from iat'   | [exp: epoch(START + MAX_LIFETIME) + 1]                                    || 'longer'
        'was issued long ago and lives too long'        | [iat: epoch(START) - 600, exp: epoch(START) + 1]                          || 'longer'
        'has no iat and expires too far from now'       | [iat: null, exp: epoch(START + MAX_LIFETIME) + 1]                         || 'longer'
        'is not valid for a second yet'                 | [nbf: epoch(START) + 1]                                                   || 'nbf'
        'has no jti'                                    | [jti: null]                                                               || 'jti'
        'has a blank jti'                               | [jti: '  ']                                                               || 'jti'
        'has a numeric jti'                             | [jti: 42]                                                                 || 'jti'
        'has no iss'                                    | [iss: null]                                                               || 'iss'
        'has no sub'                                    | [sub: null]                                                               || 'sub'
        'has an empty sub'                              | [sub: '']                                                                 || 'sub'
    }

    def "an assertion whose #claim is #value is invalid_grant: not a NumericDate"() {
        when:
        redeem(assertion([(claim): value]))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description() == claim + ' of the assertion is not a NumericDate'
        removeAllRecords() == 0

        where:
        claim | value
        'exp' | String.valueOf(epoch(START) + 60)
        'exp' | true
        'exp' | [epoch(START) + 60]
        'exp' | [at: epoch(START) + 60]
        'exp' | -1
        'exp' | 100_000_000_000L
        'exp' | 12345678901234567890G
        'iat' | 'yesterday'
        'iat' | -5
        'nbf' | String.valueOf(epoch(START))
        'nbf' | false
    }

    def "an assertion that #shape is accepted"() {
        expect:
        redeem(assertion(changes)).accessToken()

        where:
        shape                                                | changes
        'lives exactly the longest lifetime from iat'        | [exp: epoch(START + MAX_LIFETIME)]
        'has no iat and lives exactly the longest from now'  | [iat: null, exp: epoch(START + MAX_LIFETIME)]
        'expires a second from now'                          | [exp: epoch(START) + 1]
        'has an nbf of now'                                  | [nbf: epoch(START)]
        'has an nbf in the past'                             | [nbf: epoch(START) - 3600]
        'has a fractional exp'                               | [exp: (epoch(START) + 60) + 0.5G]
        'was issued a minute ago'                            | [iat: epoch(START) - 60, exp: epoch(START) + 60]
        'carries claims of its own'                          | [email: 'alice@partner.example.com', roles: ['a', 'b']]
    }

    def "an assertion whose iat lies in the future cannot outlive the longest lifetime from now"() {
        when: 'issued, it claims, a year from now, and valid for five minutes from then'
        redeem(assertion(iat: epoch(START + Duration.ofDays(365)), exp: epoch(START + Duration.ofDays(365) + Duration.ofMinutes(5))))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
    }

    def "an assertion used once is refused the second time: invalid_grant"() {
        given:
        def once = assertion()
        redeem(once)

        when:
        redeem(once)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('jti')
        removeAllRecords() == 1
    }

    def "another assertion reusing a used jti of the same issuer is refused"() {
        given:
        trust(subject: 'bob', keyId: 'bob-key')
        redeem(assertion(jti: 'shared'))

        when:
        redeem(assertion([sub: 'bob', jti: 'shared', exp: epoch(START) + 120], 'bob-key'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 1
    }

    def "a jti is remembered per issuer: another issuer's assertion with the same jti is accepted"() {
        given:
        trust(issuer: 'https://other.example.com', keyId: 'other-key')
        redeem(assertion(jti: 'shared'))

        when:
        def response = redeem(assertion([iss: 'https://other.example.com', jti: 'shared'], 'other-key'))

        then:
        response.accessToken()
        removeAllRecords() == 2
    }

    def "assertions with different jti are each accepted"() {
        expect:
        ['one', 'two', 'three'].every { redeem(assertion(jti: it)).accessToken() }
        removeAllRecords() == 3
    }

    def "an assertion refused because #refusal keeps its jti unused, and is accepted when asked again correctly"() {
        given:
        def kept = assertion()

        when:
        redeem(kept, first)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        assertions.used.isEmpty()

        and:
        recordOf(redeem(kept, [scope: 'read']).accessToken()).orElseThrow().scope() == Scopes.of(['read'])

        where:
        refusal                                 | first                                   || code
        'its scope was beyond the relationship' | [scope: 'read admin']                   || ErrorCode.INVALID_SCOPE
        'its scope was beyond the client'       | [scope: 'read delete']                  || ErrorCode.INVALID_SCOPE
        'its scope was malformed'               | [scope: 'read  write']                  || ErrorCode.INVALID_SCOPE
        'its audience was not the client\'s'    | [audience: 'https://evil.example.com'] || ErrorCode.INVALID_REQUEST
    }

    def "an assertion refused before its subject was trusted is accepted once it is"() {
        given:
        def early = assertion([sub: 'erin'], 'erin-key')

        when:
        redeem(early)

        then:
        thrown(OAuthException)

        when:
        trust(subject: 'erin', keyId: 'erin-key')

        then:
        recordOf(redeem(early).accessToken()).orElseThrow().subject() == Optional.of('erin')
    }

    def "a used assertion is remembered until it expires"() {
        when:
        redeem(assertion(exp: epoch(START) + 300))

        then:
        assertions.used == [([PARTNER, 'assertion-1']): START + Duration.ofSeconds(300)]
    }

    def "asking for the scope '#requested', beyond the relationship's, is invalid_scope and issues nothing"() {
        when:
        redeem(assertion(), [scope: requested])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        e.error().description().contains('trust relationship')
        removeAllRecords() == 0

        where:
        requested << ['admin', 'read admin', 'READ']
    }

    def "asking for the scope '#requested', within the relationship's but beyond the client's, is invalid_scope"() {
        when:
        redeem(assertion(), [scope: requested])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        e.error().description().contains('client')
        removeAllRecords() == 0

        where:
        requested << ['delete', 'read delete', 'read write delete']
    }

    def "a relationship without scope lets the client have a token without scope only"() {
        given:
        trust(subject: 'frank', keyId: 'frank-key', scope: [])

        expect:
        redeem(assertion([sub: 'frank', jti: 'a'], 'frank-key')).scope().isEmpty()

        when:
        redeem(assertion([sub: 'frank', jti: 'b'], 'frank-key'), [scope: 'read'])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
    }

    def "a request without an assertion (#parameters) is invalid_request naming assertion"() {
        when:
        handle(parameters)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('assertion')
        removeAllRecords() == 0

        where:
        parameters << [[:], [assertion: ''], [scope: 'read']]
    }

    def "an assertion that is #kind is invalid_grant"() {
        when:
        redeem(garbage)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        removeAllRecords() == 0

        where:
        kind                           | garbage
        'plain text'                   | 'not a jwt'
        'three letters'                | 'a.b.c'
        'three empty parts'            | '..'
        'two parts'                    | assertion().split('\\.')[0..1].join('.')
        'four parts'                   | assertion() + '.key-1'
        'a header without alg'         | encode('{"kid":"key-1"}') + '.' + encode('{"iss":"x"}') + '.key-1'
        'claims that are an array'     | encode('{"alg":"ES256","kid":"key-1"}') + '.' + encode('[1]') + '.key-1'
        'claims that are not JSON'     | encode('{"alg":"ES256","kid":"key-1"}') + '.' + encode('{') + '.key-1'
    }

    def "a refusal because #refusal never repeats the assertion"() {
        given:
        trust(subject: 'bob', keyId: 'bob-key')

        when:
        redeem(text, parameters)

        then:
        def e = thrown(OAuthException)
        def said = [e.error().description(), e.message]
        !said.any { it.contains(text) }
        said.every { words -> text.split('\\.').findAll { it.length() > 8 }.every { !words.contains(it) } }

        where:
        refusal                          | text                                                 | parameters
        'it is garbage'                  | 'x' * 40                                             | [:]
        'its issuer is unknown'          | assertion(iss: 'https://stranger.example.com')       | [:]
        'its kid is unknown'             | assertion([:], 'key-9')                              | [:]
        'its signature does not verify'  | assertion([:], 'forged', 'key-1')                    | [:]
        'its subject is not admitted'    | assertion(sub: 'mallory')                            | [:]
        'its audience is foreign'        | assertion(aud: 'https://evil.example.com')           | [:]
        'it has expired'                 | assertion(exp: epoch(START) - 1)                     | [:]
        'its exp is not a number'        | assertion(exp: 'soon')                               | [:]
        'it has no jti'                  | assertion(jti: null)                                 | [:]
        'its scope is beyond'            | assertion()                                          | [scope: 'admin']
    }

    def "of 200 concurrent redemptions of one assertion exactly one gets a token"() {
        given:
        def shared = handler
        def once = assertion()
        def start = new CountDownLatch(1)
        def pool = Executors.newFixedThreadPool(200)

        when:
        def futures = (1..200).collect {
            pool.submit({
                start.await()
                try {
                    shared.handle(new TokenRequest(GrantType.JWT_BEARER, [assertion: once]),
                            new AuthenticatedClient(partnerApp, AuthMethod.CLIENT_SECRET_BASIC))
                    'issued'
                } catch (OAuthException e) {
                    e.error().code().value()
                }
            } as Callable<String>)
        }
        start.countDown()
        def outcomes = futures*.get()

        then:
        outcomes.count { it == 'issued' } == 1
        outcomes.count { it == ErrorCode.INVALID_GRANT.value() } == 199
        removeAllRecords() == 1

        cleanup:
        pool.shutdownNow()
    }

    private static String encode(String json) {
        Base64.urlEncoder.withoutPadding().encodeToString(json.getBytes('UTF-8'))
    }
}
