package dev.portcullis.application.grant.clientcredentials

import dev.portcullis.application.fakes.FakeTokenCodec
import dev.portcullis.application.grant.AuthenticatedClient
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.application.token.ClientCredentials
import dev.portcullis.application.token.IssueTokenCommand
import dev.portcullis.application.token.IssueTokenService
import dev.portcullis.application.token.TokenServiceSpecification
import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.ActingSubject
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
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.token.TokenSignature
import dev.portcullis.domain.token.TokenType

import java.time.Duration

class ClientCredentialsGrantHandlerSpec extends TokenServiceSpecification {

    static final String API = 'https://api.example.com'
    static final String OTHER_API = 'https://other.example.com'

    Client machine

    def setup() {
        machine = register(Clients.confidential().audience(Audience.of([API, OTHER_API])))
    }

    ClientCredentialsGrantHandler getHandler() {
        new ClientCredentialsGrantHandler(accessTokens)
    }

    TokenResponse handle(Map<String, String> parameters = [:], Client client = machine) {
        handler.handle(new TokenRequest(GrantType.CLIENT_CREDENTIALS, parameters),
                new AuthenticatedClient(client, AuthMethod.CLIENT_SECRET_BASIC))
    }

    Map<String, Object> claimsOf(String token) {
        codec.verify(token, keyRing.keys(KeySetName.ACCESS_TOKEN)).orElseThrow().members()
    }

    def "the handler serves client_credentials"() {
        expect:
        handler.grantType() == GrantType.CLIENT_CREDENTIALS
    }

    def "asking for '#requested', the client gets exactly that scope"() {
        when:
        def response = handle(scope: requested)

        then:
        response.scope().value() == requested
        recordOf(response.accessToken()).orElseThrow().scope().value() == requested
        claimsOf(response.accessToken()).scope == requested

        where:
        requested << ['read', 'write', 'read write', 'write read']
    }

    def "asking for no scope gives an empty scope and no scope claim"() {
        when:
        def response = handle(parameters)

        then:
        response.scope().isEmpty()
        recordOf(response.accessToken()).orElseThrow().scope().isEmpty()
        !claimsOf(response.accessToken()).containsKey('scope')

        where:
        parameters << [[:], [scope: '']]
    }

    def "a client registered to get its registered scope by default gets all of it when it names none, and what it names otherwise"() {
        given:
        def generous = register(Clients.confidential().registeredScopeByDefault(true), 'generous')

        expect:
        handle([:], generous).scope().value() == 'read write'
        claimsOf(handle([scope: ''], generous).accessToken()).scope == 'read write'
        handle([scope: 'read'], generous).scope().value() == 'read'
    }

    def "asking for the scope '#requested', which the client is not registered for, is invalid_scope and issues nothing"() {
        when:
        handle(scope: requested)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        removeAllRecords() == 0

        where:
        requested << ['admin', 'read admin', 'read write admin', 'READ']
    }

    def "a malformed scope (#problem) is invalid_scope"() {
        when:
        handle(scope: requested)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        removeAllRecords() == 0

        where:
        problem                 | requested
        'two spaces'            | 'read  write'
        'a leading space'       | ' read'
        'a trailing space'      | 'read '
        'a double quote'        | 'read"'
        'a backslash'           | 'read\\'
        'a tab'                 | 'read\twrite'
        'a non-ASCII character' | 'lesen-ü'
    }

    def "asking for registered audiences (#requested) puts them into the token in order"() {
        when:
        def response = handle(audience: requested)

        then:
        recordOf(response.accessToken()).orElseThrow().audience().values() as List == expected
        claimsOf(response.accessToken()).aud == expected

        where:
        requested               || expected
        API                     || [API]
        OTHER_API + ' ' + API   || [OTHER_API, API]
        API + '  ' + API        || [API]
    }

    def "asking for no audience grants none, and the JWT's aud is the issuer alone (RFC 9068 §2.2 requires one)"() {
        when:
        def response = handle()

        then:
        recordOf(response.accessToken()).orElseThrow().audience().isEmpty()
        claimsOf(response.accessToken()).aud == ['https://auth.example.com']
    }

    def "asking for an audience the client is not registered for (#requested) is invalid_request"() {
        when:
        handle(audience: requested)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        removeAllRecords() == 0

        where:
        requested << ['https://evil.example.com', API + ' https://evil.example.com', 'https://api.example.com/']
    }

    def "a JWT access token carries the RFC 9068 claims"() {
        given:
        def signingKey = keyRing.signingKey(KeySetName.ACCESS_TOKEN).orElseThrow()

        when:
        def response = handle(scope: 'read write', audience: API)
        def claims = claimsOf(response.accessToken())

        then:
        FakeTokenCodec.header(response.accessToken()) == [alg: 'ES256', kid: signingKey.kid().value(), typ: 'at+jwt']
        claims.iss == 'https://auth.example.com'
        claims.sub == 'machine'
        claims.client_id == 'machine'
        claims.aud == [API]
        claims.scope == 'read write'
        claims.iat == START.epochSecond
        claims.nbf == START.epochSecond
        claims.exp - claims.iat == ACCESS_LIFESPAN.toSeconds()
        claims.jti ==~ /[A-Za-z0-9_-]{22}/
    }

    def "every JWT gets its own jti"() {
        expect:
        claimsOf(handle().accessToken()).jti != claimsOf(handle().accessToken()).jti
    }

    def "iat and exp are whole seconds even when the clock is not"() {
        given:
        clock.advance(Duration.ofMillis(1_700))

        when:
        def response = handle()
        def claims = claimsOf(response.accessToken())

        then:
        claims.iat == START.epochSecond + 1
        claims.exp == START.epochSecond + 1 + ACCESS_LIFESPAN.toSeconds()
        response.expiresIn() == ACCESS_LIFESPAN.toSeconds()
    }

    def "the JWT is signed with the access-token set's newest key"() {
        given:
        clock.advance(Duration.ofMinutes(1))
        def newer = keyMaker.generate(KeySetName.ACCESS_TOKEN, SigningAlgorithm.RS256, clock.instant())
        keys.add(newer)
        keyRing.forget(KeySetName.ACCESS_TOKEN)

        when:
        def token = handle().accessToken()

        then:
        FakeTokenCodec.header(token).kid == newer.kid().value()
        FakeTokenCodec.header(token).alg == 'RS256'
        codec.verify(token, [newer]).isPresent()
    }

    def "an opaque access token is pc_at_ and 43 base64url characters"() {
        given:
        serverStrategy = AccessTokenStrategy.OPAQUE

        when:
        def token = handle().accessToken()

        then:
        token ==~ /pc_at_[A-Za-z0-9_-]{43}/
        token.length() == 49
        codec.verify(token, keyRing.keys(KeySetName.ACCESS_TOKEN)).isEmpty()
    }

    def "with the server's strategy #server and the client's #own, the token is #expected"() {
        given:
        serverStrategy = server
        def client = register(Clients.confidential().accessTokenStrategy(Optional.ofNullable(own)), 'chooser')

        when:
        def token = handle([:], client).accessToken()

        then:
        token.startsWith('pc_at_') == (expected == AccessTokenStrategy.OPAQUE)
        codec.verify(token, keyRing.keys(KeySetName.ACCESS_TOKEN)).isPresent() == (expected == AccessTokenStrategy.JWT)

        where:
        server                       | own                          || expected
        AccessTokenStrategy.JWT      | null                         || AccessTokenStrategy.JWT
        AccessTokenStrategy.OPAQUE   | null                         || AccessTokenStrategy.OPAQUE
        AccessTokenStrategy.JWT      | AccessTokenStrategy.OPAQUE   || AccessTokenStrategy.OPAQUE
        AccessTokenStrategy.OPAQUE   | AccessTokenStrategy.JWT      || AccessTokenStrategy.JWT
        AccessTokenStrategy.JWT      | AccessTokenStrategy.JWT      || AccessTokenStrategy.JWT
        AccessTokenStrategy.OPAQUE   | AccessTokenStrategy.OPAQUE   || AccessTokenStrategy.OPAQUE
    }

    def "the client's own access token lifespan beats the server's (#strategy)"() {
        given:
        serverStrategy = strategy
        def lifespans = new TokenLifespans([(new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(10),
                                            (new LifespanKey(GrantType.AUTHORIZATION_CODE, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(20)])
        def client = register(Clients.confidential().lifespans(lifespans), 'short-lived')

        when:
        def response = handle([:], client)
        def record = recordOf(response.accessToken()).orElseThrow()

        then:
        response.expiresIn() == 600
        record.expiresAt() == START + Duration.ofMinutes(10)

        where:
        strategy << [AccessTokenStrategy.JWT, AccessTokenStrategy.OPAQUE]
    }

    def "a JWT's exp follows the client's own lifespan"() {
        given:
        def lifespans = new TokenLifespans([(new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(10)])
        def client = register(Clients.confidential().lifespans(lifespans), 'short-lived')

        when:
        def claims = claimsOf(handle([:], client).accessToken())

        then:
        claims.exp - claims.iat == 600
    }

    def "without a lifespan of its own the client gets the server's, and expires_in says so"() {
        when:
        def response = handle()

        then:
        response.expiresIn() == ACCESS_LIFESPAN.toSeconds()
        recordOf(response.accessToken()).orElseThrow().expiresAt() == START + ACCESS_LIFESPAN
    }

    def "the record is stored under the digest of the #strategy token, and the token string is not kept"() {
        given:
        serverStrategy = strategy

        when:
        def response = handle(scope: 'read', audience: API)
        def record = recordOf(response.accessToken()).orElseThrow()

        then:
        record.signature() == digest.digest(response.accessToken())
        record.signature().value() != response.accessToken()
        !record.toString().contains(response.accessToken())
        record.kind() == TokenKind.ACCESS_TOKEN
        record.clientId() == machine.id()
        record.subject().isEmpty()
        record.scope() == Scopes.of(['read'])
        record.audience() == Audience.of([API])
        record.issuedAt() == START
        !record.revoked()

        where:
        strategy << [AccessTokenStrategy.JWT, AccessTokenStrategy.OPAQUE]
    }

    def "an opaque token cannot be found by its own string, only by its digest"() {
        given:
        serverStrategy = AccessTokenStrategy.OPAQUE
        def token = handle().accessToken()

        expect: 'an opaque token happens to be a well-formed signature, so look it up as one'
        tokens.find(new TokenSignature(token)).isEmpty()
        tokens.find(digest.digest(token)).isPresent()
    }

    def "each request starts a grant of its own"() {
        when:
        def first = recordOf(handle().accessToken()).orElseThrow()
        def second = recordOf(handle().accessToken()).orElseThrow()

        then:
        first.grantId() != second.grantId()
    }

    def "the response is a bearer token without refresh or ID token"() {
        when:
        def response = handle(scope: 'read')

        then:
        response.tokenType() == TokenType.BEARER
        response.refreshToken().isEmpty()
        response.idToken().isEmpty()
        response.additional().isEmpty()
        removeAllRecords() == 1
    }

    def "through the token use case, a client with the right secret gets a token it may introspect"() {
        given:
        def service = new IssueTokenService(authenticator, [handler])

        when:
        def response = service.issue(new IssueTokenCommand(ClientCredentials.basic('machine', SECRET),
                GrantType.CLIENT_CREDENTIALS, [scope: 'write']))

        then:
        recordOf(response.accessToken()).orElseThrow().isActiveAt(clock.instant())
        response.scope().value() == 'write'
    }

    Client actor() {
        register(Clients.confidential().actingSubjects([new ActingSubject('enterprise', '12345'),
                                                        new ActingSubject('user', '678')] as Set<ActingSubject>), 'box-app')
    }

    def "a client registered to act for an enterprise gets a token recording it, with its registered scopes"() {
        given:
        def client = actor()

        when:
        def response = handle([box_subject_type: 'enterprise', box_subject_id: '12345'], client)
        def record = recordOf(response.accessToken()).orElseThrow()
        def claims = claimsOf(response.accessToken())

        then:
        response.scope().value() == 'read write'
        record.subject().isEmpty()
        record.claims().members() == [box_subject_type: 'enterprise', box_subject_id: '12345']
        claims.box_subject_type == 'enterprise'
        claims.box_subject_id == '12345'
        claims.sub == 'box-app'
    }

    def "acting for a user makes the user the token's subject"() {
        when:
        def response = handle([box_subject_type: 'user', box_subject_id: '678', scope: 'read'], actor())
        def record = recordOf(response.accessToken()).orElseThrow()

        then:
        record.subject() == Optional.of('678')
        claimsOf(response.accessToken()).sub == '678'
        response.scope().value() == 'read'
    }

    def "acting for a subject still allows only registered scopes"() {
        when:
        handle([box_subject_type: 'enterprise', box_subject_id: '12345', scope: 'admin'], actor())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_SCOPE
        removeAllRecords() == 0
    }

    def "acting for #type #id, which the client is not registered for, is unauthorized_client and issues nothing"() {
        when:
        handle([box_subject_type: type, box_subject_id: id], client == 'actor' ? actor() : machine)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNAUTHORIZED_CLIENT
        removeAllRecords() == 0

        where:
        client    | type         | id
        'actor'   | 'enterprise' | '99999'
        'actor'   | 'user'       | '12345'
        'actor'   | 'enterprise' | '678'
        'machine' | 'enterprise' | '12345'
    }

    def "#problem is invalid_request and issues nothing"() {
        when:
        handle(parameters, actor())

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('box_subject')
        removeAllRecords() == 0

        where:
        problem                     | parameters
        'a type without an id'      | [box_subject_type: 'enterprise']
        'an id without a type'      | [box_subject_id: '12345']
        'a malformed type'          | [box_subject_type: 'Enterprise!', box_subject_id: '12345']
        'an id with a space'        | [box_subject_type: 'enterprise', box_subject_id: '12 345']
        'an overlong id'            | [box_subject_type: 'enterprise', box_subject_id: '1' * 256]
    }

    def "without box_subject_* the client acting for subjects gets an ordinary token"() {
        when:
        def response = handle([:], actor())

        then:
        response.scope().isEmpty()
        recordOf(response.accessToken()).orElseThrow().claims().isEmpty()
    }
}
