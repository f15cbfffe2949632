package dev.portcullis.application.grant.tokenexchange

import dev.portcullis.application.fakes.FakeAssertionRepository
import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.fakes.FakeTrustRepository
import dev.portcullis.application.fakes.InterleavingTokenRepository
import dev.portcullis.application.grant.AuthenticatedClient
import dev.portcullis.application.grant.IssuedToken
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.application.grant.clientcredentials.ClientCredentialsGrantHandler
import dev.portcullis.application.grant.jwtbearer.JwtBearerSettings
import dev.portcullis.application.grant.jwtbearer.TrustedAssertions
import dev.portcullis.application.token.AccessTokens
import dev.portcullis.application.token.IssueTokenCommand
import dev.portcullis.application.token.IssueTokenService
import dev.portcullis.application.token.ClientCredentials
import dev.portcullis.application.token.RevokeTokenCommand
import dev.portcullis.application.token.RevokeTokenService
import dev.portcullis.application.token.TokenServiceSpecification
import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.trust.TrustRelationships

import java.time.Duration

/**
 * Token exchange over fakes. The Box app holds a subject token with read, write and share for alice; it may ask for
 * read, write, share and admin, and for the audience {@link #API}. Foreign JWTs are {@link FakeForeignJwts} tokens
 * from {@link #PARTNER}, trusted for alice with read and write.
 */
class TokenExchangeGrantHandlerSpec extends TokenServiceSpecification {

    static final String ACCESS = TokenExchangeGrantHandler.ACCESS_TOKEN_TYPE
    static final String JWT = TokenExchangeGrantHandler.JWT_TYPE
    static final String API = 'https://api.example.com'
    static final String FILE = 'https://api.box.com/2.0/files/123'
    static final String PARTNER = 'https://partner.example.com'
    static final String SERVER = 'https://auth.example.com'

    InterleavingTokenRepository interleaving = new InterleavingTokenRepository(tokens)
    FakeTrustRepository trusts = new FakeTrustRepository()
    FakeAssertionRepository assertions = new FakeAssertionRepository()
    FakeForeignJwts jwts = new FakeForeignJwts()

    Client boxApp
    IssuedToken subject

    def setup() {
        boxApp = register(Clients.confidential()
                .grantTypes([GrantType.TOKEN_EXCHANGE, GrantType.CLIENT_CREDENTIALS] as Set<GrantType>)
                .scope(Scopes.of(['read', 'write', 'share', 'admin'])).audience(Audience.of([API])), 'box-app')
        subject = issueAccessToken(boxApp, [subject: 'alice', scope: ['read', 'write', 'share']])
        assert trusts.add(TrustRelationships.relationship(issuer: PARTNER, scope: ['read', 'write']))
    }

    TokenExchangeGrantHandler getHandler() {
        def trusted = new TrustedAssertions(trusts, assertions, jwts,
                new JwtBearerSettings(SERVER + '/oauth2/token', SERVER, [] as Set<String>, Duration.ofMinutes(10)), clock)
        new TokenExchangeGrantHandler(new AccessTokens(settings, interleaving, digest, codec, keyRing, randomness, clock),
                interleaving, digest, clients, trusted, clock)
    }

    TokenResponse exchange(Map<String, String> parameters = [:], Client client = boxApp) {
        handler.handle(request(parameters), new AuthenticatedClient(client, AuthMethod.CLIENT_SECRET_BASIC))
    }

    TokenRequest request(Map<String, String> parameters = [:]) {
        new TokenRequest(GrantType.TOKEN_EXCHANGE, [subject_token: subject.value(), subject_token_type: ACCESS] + parameters)
    }

    Map<String, Object> claimsOf(String token) {
        codec.verify(token, keyRing.keys(KeySetName.ACCESS_TOKEN)).orElseThrow().members()
    }

    OAuthException refusal(Map<String, String> parameters, Client client = boxApp) {
        try {
            exchange(parameters, client)
        } catch (OAuthException e) {
            return e
        }
        throw new AssertionError('the exchange was not refused')
    }

    static String foreign(Map changes = [:]) {
        def claims = [iss: PARTNER, sub: 'alice', aud: SERVER, iat: START.epochSecond, exp: START.epochSecond + 300,
                      jti: 'jwt-1'] + changes
        FakeForeignJwts.token(claims.findAll { it.value != null }, 'key-1')
    }

    def "the handler serves the token-exchange grant"() {
        expect:
        handler.grantType().value() == 'urn:ietf:params:oauth:grant-type:token-exchange'
    }

    def "a subject token is downscoped to '#asked': same subject, client and grant, derived from the subject token"() {
        when:
        def response = exchange(scope: asked)
        def record = recordOf(response.accessToken()).orElseThrow()

        then:
        response.scope() == Scopes.parse(granted, ErrorCode.INVALID_SCOPE, 'scope')
        response.additional().members().issued_token_type == ACCESS
        !response.additional().members().containsKey('restricted_to')
        response.refreshToken().isEmpty()
        record.subject() == Optional.of('alice')
        record.clientId() == boxApp.id()
        record.grantId() == subject.record().grantId()
        record.derivedFrom() == Optional.of(subject.record().signature())
        claimsOf(response.accessToken()).sub == 'alice'

        where:
        asked        || granted
        'read'       || 'read'
        'write read' || 'write read'
        ''           || 'read write share'
    }

    def "an opaque subject token is exchanged like a JWT one"() {
        given:
        serverStrategy = AccessTokenStrategy.OPAQUE
        subject = issueAccessToken(boxApp, [subject: 'alice', scope: ['read', 'write']])

        when:
        def response = exchange(scope: 'read')

        then:
        subject.value().startsWith('pc_at_')
        response.accessToken().startsWith('pc_at_')
        recordOf(response.accessToken()).orElseThrow().derivedFrom() == Optional.of(subject.record().signature())
    }

    def "asking for #asked, more than the subject token has, is invalid_scope"() {
        when:
        def e = refusal(scope: asked)

        then:
        e.error().code() == ErrorCode.INVALID_SCOPE
        removeAllRecords() == 1

        where:
        asked << ['admin', 'read admin', 'delete']
    }

    def "the new token expires no later than the subject token, whatever the lifespan"() {
        given: 'the subject token has ten minutes left of its hour'
        clock.advance(Duration.ofMinutes(50))

        when:
        def response = exchange(scope: 'read')

        then:
        response.expiresIn() == 600
        recordOf(response.accessToken()).orElseThrow().expiresAt() == subject.record().expiresAt()
    }

    def "a subject token with half a second left yields a token that expires with it"() {
        given:
        clock.advance(ACCESS_LIFESPAN - Duration.ofMillis(500))

        when:
        def response = exchange(scope: 'read')

        then:
        recordOf(response.accessToken()).orElseThrow().expiresAt() == subject.record().expiresAt()
        response.expiresIn() == 1
    }

    def "a subject token that #problem is invalid_grant"() {
        given:
        change.call(this)

        when:
        def e = refusal(scope: 'read')

        then:
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains(said)

        where:
        problem                    | change                                                                  || said
        'was revoked'              | { s -> s.tokens.revoke(s.subject.record().signature()) }                || 'not active'
        'had its grant revoked'    | { s -> s.tokens.revokeGrant(s.subject.record().grantId()) }             || 'not active'
        'expired'                  | { s -> s.clock.advance(ACCESS_LIFESPAN) }                               || 'not active'
        'is a refresh token'       | { s -> s.subject = s.accessTokens.issueRefreshToken(s.grant(s.boxApp)) } || 'not an access token'
        'is unknown'               | { s -> s.subject = new IssuedToken('pc_at_unknown', s.subject.record()) } || 'not an access token issued here'
    }

    def "another client's subject token is invalid_grant"() {
        given:
        def other = register(Clients.confidential().grantTypes([GrantType.TOKEN_EXCHANGE] as Set<GrantType>), 'other')

        when:
        def e = refusal([scope: 'read'], other)

        then:
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('another client')
    }

    def "#parameter=#value is invalid_request"() {
        when:
        def e = refusal([(parameter): value] + extra)

        then:
        e.error().code() == ErrorCode.INVALID_REQUEST

        where:
        parameter              | value                                        | extra
        'requested_token_type' | 'urn:ietf:params:oauth:token-type:id_token'  | [:]
        'requested_token_type' | 'urn:ietf:params:oauth:token-type:refresh_token' | [:]
        'subject_token_type'   | 'urn:ietf:params:oauth:token-type:saml2'     | [:]
        'subject_token_type'   | ''                                           | [:]
        'subject_token'        | ''                                           | [:]
        'actor_token'          | 'pc_at_x'                                    | [:]
        'actor_token_type'     | ACCESS                                       | [:]
        'actor_token'          | 'pc_at_x'                                    | [actor_token_type: 'urn:x']
    }

    def "requested_token_type access_token is what is issued anyway"() {
        expect:
        exchange(scope: 'read', requested_token_type: ACCESS).additional().members().issued_token_type == ACCESS
    }

    def "a resource restricts the token: its aud, and Box's restricted_to per scope"() {
        when:
        def response = exchange(scope: 'read share', resource: FILE)

        then:
        recordOf(response.accessToken()).orElseThrow().audience() == Audience.of([FILE])
        claimsOf(response.accessToken()).aud == [FILE]
        response.additional().members().restricted_to == [
                [scope: 'read', object: [type: 'resource', id: FILE]],
                [scope: 'share', object: [type: 'resource', id: FILE]]]
    }

    def "several resources and an audience all go into aud; Box's box_shared_link counts as a resource"() {
        when:
        def response = exchange(scope: 'read', resource: FILE + ' https://api.box.com/2.0/folders/9', audience: API,
                box_shared_link: 'https://app.box.com/s/abc')

        then:
        recordOf(response.accessToken()).orElseThrow().audience().values() as List ==
                [FILE, 'https://api.box.com/2.0/folders/9', 'https://app.box.com/s/abc', API]
        response.additional().members().restricted_to.size() == 3
    }

    def "resource #resource is invalid_target"() {
        expect:
        refusal(scope: 'read', resource: resource).error().code() == ErrorCode.INVALID_TARGET

        where:
        resource << ['files/123', FILE + '#part', 'https://exa mple.com', ':']
    }

    def "an audience the client is not registered for is invalid_target"() {
        expect:
        refusal(scope: 'read', audience: 'https://elsewhere.example.com').error().code() == ErrorCode.INVALID_TARGET
    }

    def "a subject token meant for an audience yields tokens only within it: #target"() {
        given:
        subject = issueAccessToken(boxApp, [subject: 'alice', scope: ['read'], audience: [API]])

        when:
        def outcome
        try {
            outcome = recordOf(exchange(scope: 'read', resource: target).accessToken()).orElseThrow().audience().values() as List
        } catch (OAuthException e) {
            outcome = e.error().code()
        }

        then:
        outcome == expected

        where:
        target                             || expected
        API                                || [API]
        API + '/files/1'                   || [API + '/files/1']
        'https://api.example.com.evil'     || ErrorCode.INVALID_TARGET
        'https://api.example.community/x'  || ErrorCode.INVALID_TARGET
        FILE                               || ErrorCode.INVALID_TARGET
    }

    def "without resource or audience the new token keeps the subject token's audience"() {
        given:
        subject = issueAccessToken(boxApp, [subject: 'alice', scope: ['read'], audience: [API]])

        expect:
        recordOf(exchange(scope: 'read').accessToken()).orElseThrow().audience() == Audience.of([API])
    }

    def "an actor token makes a delegation: act names the actor, and the subject token's actors nest inside"() {
        given:
        def robot = register(Clients.confidential(), 'robot')
        def actor = issueAccessToken(robot, [scope: ['read']])

        when:
        def first = exchange(scope: 'read write', actor_token: actor.value(), actor_token_type: ACCESS)
        subject = new IssuedToken(first.accessToken(), recordOf(first.accessToken()).orElseThrow())
        def second = exchange(scope: 'read', actor_token: foreign(), actor_token_type: JWT)

        then:
        recordOf(first.accessToken()).orElseThrow().claims().members() == [act: [sub: 'robot', client_id: 'robot']]
        claimsOf(first.accessToken()).act == [sub: 'robot', client_id: 'robot']
        recordOf(second.accessToken()).orElseThrow().claims().members() ==
                [act: [iss: PARTNER, sub: 'alice', act: [sub: 'robot', client_id: 'robot']]]

        and: 'an exchange without an actor keeps the actors it had'
        recordOf(exchange(scope: 'read').accessToken()).orElseThrow().claims().members().act.sub == 'robot'
    }

    def "an actor token that is not active, or not trusted, is invalid_grant"() {
        given:
        def robot = register(Clients.confidential(), 'robot')
        def actor = issueAccessToken(robot, [scope: ['read']])
        tokens.revoke(actor.record().signature())

        expect:
        refusal(scope: 'read', actor_token: actor.value(), actor_token_type: ACCESS).error().code() == ErrorCode.INVALID_GRANT
        refusal(scope: 'read', actor_token: foreign(iss: 'https://stranger.example'), actor_token_type: JWT)
                .error().code() == ErrorCode.INVALID_GRANT
        refusal(scope: 'read', actor_token: 'neither', actor_token_type: ACCESS).error().code() == ErrorCode.INVALID_GRANT
    }

    def "a JWT from a trusted issuer is a subject token: its subject, its scope at most, used once"() {
        when:
        def response = exchange(subject_token: foreign(), subject_token_type: JWT, scope: 'read')
        def record = recordOf(response.accessToken()).orElseThrow()

        then:
        record.subject() == Optional.of('alice')
        record.grantId() != subject.record().grantId()
        record.derivedFrom().isEmpty()
        record.expiresAt() == START + Duration.ofMinutes(5)

        when: 'the same JWT again'
        def e = refusal(subject_token: foreign(), subject_token_type: JWT, scope: 'read')

        then:
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('used before')
    }

    def "a trusted JWT as subject token gets no scope beyond its relationship, and a refusal does not burn it"() {
        when:
        def e = refusal(subject_token: foreign(), subject_token_type: JWT, scope: 'share')

        then:
        e.error().code() == ErrorCode.INVALID_SCOPE

        expect:
        exchange(subject_token: foreign(), subject_token_type: JWT, scope: 'write').scope() == Scopes.of(['write'])
    }

    def "a JWT from an issuer nobody trusts is invalid_grant"() {
        expect:
        refusal(subject_token: foreign(iss: 'https://stranger.example'), subject_token_type: JWT, scope: 'read')
                .error().code() == ErrorCode.INVALID_GRANT
    }

    def "without credentials, the subject token's client is the one the request speaks for"() {
        expect:
        handler.clientWithoutCredentials(request(scope: 'read')) == Optional.of(boxApp)
    }

    def "without credentials, #problem"() {
        when:
        handler.clientWithoutCredentials(request(parameters))

        then:
        def e = thrown(OAuthException)
        e.error().code() == code

        where:
        problem                                              | parameters                                                  || code
        'an unknown subject token is invalid_grant'          | [subject_token: 'pc_at_nope']                               || ErrorCode.INVALID_GRANT
        'a foreign JWT needs client authentication'          | [subject_token: foreign(), subject_token_type: JWT]         || ErrorCode.INVALID_CLIENT
        'a malformed request is still invalid_request first' | [requested_token_type: 'urn:x']                             || ErrorCode.INVALID_REQUEST
    }

    def "without credentials, a subject token of a disabled client is invalid_grant"() {
        given:
        def disabled = register(Clients.confidential().grantTypes([GrantType.TOKEN_EXCHANGE] as Set<GrantType>)
                .enabled(false), 'disabled')
        subject = issueAccessToken(disabled, [subject: 'alice'])

        when:
        handler.clientWithoutCredentials(request())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('disabled')
    }

    def "through the token use case, a request without credentials downscopes, and other grants still need them"() {
        given:
        def service = new IssueTokenService(authenticator, [handler])

        when:
        def tokens = service.issue(new IssueTokenCommand(Optional.empty(), GrantType.TOKEN_EXCHANGE,
                [subject_token: subject.value(), subject_token_type: ACCESS, scope: 'read']))

        then:
        tokens.scope() == Scopes.of(['read'])

        when:
        service.issue(new IssueTokenCommand(Optional.empty(), GrantType.CLIENT_CREDENTIALS, [:]))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNSUPPORTED_GRANT_TYPE

        when:
        new IssueTokenService(authenticator, [handler, new ClientCredentialsGrantHandler(accessTokens)])
                .issue(new IssueTokenCommand(Optional.empty(), GrantType.CLIENT_CREDENTIALS, [:]))

        then:
        def missing = thrown(OAuthException)
        missing.error().code() == ErrorCode.INVALID_CLIENT
    }

    def "revoking the subject token revokes what was exchanged from it, and what was exchanged from that"() {
        given:
        def child = exchange(scope: 'read write')
        def grandchild = exchange(subject_token: child.accessToken(), scope: 'read')
        def sibling = issueAccessToken(boxApp, [subject: 'alice', grantId: subject.record().grantId()])
        def revocation = new RevokeTokenService(authenticator, tokens, digest)

        when:
        revocation.revoke(new RevokeTokenCommand(ClientCredentials.basic('box-app', SECRET), subject.value()))

        then:
        recordOf(subject.value()).orElseThrow().revoked()
        recordOf(child.accessToken()).orElseThrow().revoked()
        recordOf(grandchild.accessToken()).orElseThrow().revoked()

        and: 'an access token of the same grant not exchanged from it stays active (RFC 7009 revokes one token)'
        !recordOf(sibling.value()).orElseThrow().revoked()
    }

    def "a subject token revoked while the new token is stored takes the new token with it"() {
        given:
        interleaving.beforeNextAdd { tokens.revoke(subject.record().signature()) }

        when:
        def e = refusal(scope: 'read')

        then:
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description().contains('revoked while')
        def derived = tokens.findDerived(subject.record().signature())
        derived.size() == 1
        tokens.find(derived[0]).orElseThrow().revoked()
    }
}
