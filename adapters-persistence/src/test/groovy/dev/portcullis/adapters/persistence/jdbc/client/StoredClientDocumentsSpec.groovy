package dev.portcullis.adapters.persistence.jdbc.client

import dev.portcullis.application.port.ClientQuery
import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.ActingSubject
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.LifespanKey
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.client.RequestObjectSigningAlg
import dev.portcullis.domain.client.TokenLifespans
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind
import dev.portcullis.domain.key.SigningAlgorithm
import io.micronaut.core.type.Argument
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.json.JsonMapper
import spock.lang.Specification

import javax.sql.DataSource
import java.sql.Types
import java.time.Duration
import java.time.Instant
import java.time.OffsetDateTime
import java.time.ZoneOffset

/**
 * Rows of {@code clients} as Portcullis wrote them before the table had a document format of its own: the
 * application's {@code ClientDocuments.write()} (at the commit before {@link StoredClientDocument}) put the RFC 7591
 * member names in the {@code document} column, lifespans in Go's notation, and also the members
 * {@code client_secret_expires_at}, {@code created_at}, {@code updated_at} and {@code last_used_at}, which the columns
 * hold as well. Such rows, inserted here with plain JDBC exactly as that code wrote them, must read back with every
 * field intact; and a client written now must read back equal, in the same notation.
 *
 * <p>Subclassed for H2 and PostgreSQL; each subclass injects the repository, the data source and the JSON mapper.
 */
abstract class StoredClientDocumentsSpec extends Specification {

    abstract JdbcClientRepository getRepository()

    abstract DataSource getDataSource()

    abstract JsonMapper getJson()

    static final Instant CREATED = Instant.parse('2029-03-14T09:26:53.589Z')
    static final Instant UPDATED = Instant.parse('2029-06-01T17:00:04.120Z')
    static final Instant LAST_USED = Instant.parse('2029-11-30T23:59:59.999Z')
    static final String ARGON2_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$W4l+9yFcmD1uSNi4Fzlc/hpPBXQuN0vLUyPv0TiTDfM'
    static final String FAST_HASH = 'hmac-sha256$k1$Lw3oWq0J1oUJ2qJgFbC6v1o8zqzG0dYJ8xk6nS2m5aE'
    static final Map<String, Object> EC_JWKS = [keys: [[kty: 'EC', crv: 'P-256', kid: 'legacy-key-1', use: 'sig', alg: 'ES256',
                                                         x  : 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
                                                         y  : 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0']]]

    def setup() {
        JdbcTables.clear(dataSource)
    }

    // ---- rows as the previous code wrote them ----

    /** A confidential web app with every member the previous format had, in the order it wrote them. */
    static final String WEB_APP_DOCUMENT = compact('''
        {"client_id":"legacy-web","client_name":"Legacy web app ✓","owner":"team-a",
        "redirect_uris":["https://app.example.com/callback","https://app.example.com/callback?from=login"],
        "post_logout_redirect_uris":["https://app.example.com/bye?see=you"],
        "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
        "scope":"openid offline_access profile email","audience":["https://api.example.com","urn:billing"],
        "token_endpoint_auth_method":"client_secret_basic","access_token_strategy":"opaque",
        "skip_consent":true,"enabled":true,
        "client_uri":"https://app.example.com","logo_uri":"https://app.example.com/logo.png",
        "policy_uri":"https://app.example.com/policy","tos_uri":"https://app.example.com/tos",
        "contacts":["ops@example.com","security@example.com"],
        "authorization_code_grant_access_token_lifespan":"1h0m0s",
        "authorization_code_grant_refresh_token_lifespan":"720h0m0s",
        "authorization_code_grant_id_token_lifespan":"30m0s",
        "refresh_token_grant_access_token_lifespan":"1h30m0s",
        "refresh_token_grant_refresh_token_lifespan":"45s",
        "metadata":{"tier":"gold","limits":{"rps":10,"burst":2.5,"huge":10000000000},"tags":["b","a"],"flag":true,"none":null,"text":"ü \\"quoted\\""},
        "client_secret_expires_at":0,"created_at":"2029-03-14T09:26:53.589Z","updated_at":"2029-06-01T17:00:04.120Z",
        "last_used_at":"2029-11-30T23:59:59.999Z"}''')

    static final Client WEB_APP = new Client(new ClientId('legacy-web'), ClientMetadata.builder()
            .clientName('Legacy web app ✓')
            .owner('team-a')
            .redirectUris([uri('https://app.example.com/callback'), uri('https://app.example.com/callback?from=login')])
            .postLogoutRedirectUris([uri('https://app.example.com/bye?see=you')])
            .grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN] as LinkedHashSet)
            .responseTypes([ResponseType.CODE] as LinkedHashSet)
            .scope(Scopes.of(['openid', 'offline_access', 'profile', 'email']))
            .audience(Audience.of(['https://api.example.com', 'urn:billing']))
            .tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC)
            .accessTokenStrategy(Optional.of(AccessTokenStrategy.OPAQUE))
            .skipConsent(true)
            .enabled(true)
            .uris(new ClientMetadata.ClientUris(Optional.of(URI.create('https://app.example.com')),
                    Optional.of(URI.create('https://app.example.com/logo.png')), Optional.of(URI.create('https://app.example.com/policy')),
                    Optional.of(URI.create('https://app.example.com/tos'))))
            .contacts(['ops@example.com', 'security@example.com'])
            .lifespans(lifespans([(GrantType.AUTHORIZATION_CODE): [(TokenKind.ACCESS_TOKEN) : Duration.ofHours(1),
                                                                   (TokenKind.REFRESH_TOKEN): Duration.ofDays(30),
                                                                   (TokenKind.ID_TOKEN)     : Duration.ofMinutes(30)],
                                  (GrantType.REFRESH_TOKEN)     : [(TokenKind.ACCESS_TOKEN) : Duration.ofMinutes(90),
                                                                   (TokenKind.REFRESH_TOKEN): Duration.ofSeconds(45)]]))
            .metadata(new JsonDocument([tier: 'gold', limits: [rps: 10, burst: 2.5, huge: 10_000_000_000L], tags: ['b', 'a'],
                                        flag: true, none: null, text: 'ü "quoted"']))
            .build(), Optional.of(new HashedSecret(ARGON2_HASH)), CREATED, UPDATED, Optional.of(LAST_USED), 7)

    /** A machine client that proves itself with a key it registered, disabled, with its own lifespans. */
    static final String KEY_HOLDER_DOCUMENT = compact('''
        {"client_id":"legacy-signer","client_name":"Signing machine","owner":"",
        "redirect_uris":[],"post_logout_redirect_uris":[],
        "grant_types":["client_credentials","urn:ietf:params:oauth:grant-type:jwt-bearer"],"response_types":[],
        "scope":"read write:all","audience":["https://api.example.com"],
        "token_endpoint_auth_method":"private_key_jwt","access_token_strategy":"jwt","skip_consent":false,"enabled":false,
        "jwks":{"keys":[{"kty":"EC","crv":"P-256","kid":"legacy-key-1","use":"sig","alg":"ES256",
        "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]},
        "contacts":[],
        "client_credentials_grant_access_token_lifespan":"5m0s",
        "jwt_bearer_grant_access_token_lifespan":"2m30s",
        "metadata":{},
        "client_secret_expires_at":0,"created_at":"2029-03-14T09:26:53.589Z","updated_at":"2029-03-14T09:26:53.589Z"}''')

    static final Client KEY_HOLDER = new Client(new ClientId('legacy-signer'), ClientMetadata.builder()
            .clientName('Signing machine')
            .grantTypes([GrantType.CLIENT_CREDENTIALS, GrantType.JWT_BEARER] as LinkedHashSet)
            .responseTypes([] as Set<ResponseType>)
            .scope(Scopes.of(['read', 'write:all']))
            .audience(Audience.of(['https://api.example.com']))
            .tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
            .accessTokenStrategy(Optional.of(AccessTokenStrategy.JWT))
            .enabled(false)
            .jwks(Optional.of(new JsonDocument(EC_JWKS)))
            .lifespans(lifespans([(GrantType.CLIENT_CREDENTIALS): [(TokenKind.ACCESS_TOKEN): Duration.ofMinutes(5)],
                                  (GrantType.JWT_BEARER)        : [(TokenKind.ACCESS_TOKEN): Duration.ofSeconds(150)]]))
            .build(), Optional.empty(), CREATED, CREATED, Optional.empty(), 0)

    /** A machine client whose keys are at a URL, with a generated secret's fast hash. */
    static final String JWKS_URI_DOCUMENT = compact('''
        {"client_id":"legacy-jwks-uri","client_name":"","owner":"platform",
        "redirect_uris":[],"post_logout_redirect_uris":[],"grant_types":["client_credentials"],"response_types":[],
        "scope":"","audience":[],"token_endpoint_auth_method":"private_key_jwt","skip_consent":false,"enabled":true,
        "jwks_uri":"https://keys.example.com/.well-known/jwks.json","contacts":[],
        "device_authorization_grant_id_token_lifespan":"1h0m0s","token_exchange_grant_access_token_lifespan":"10m0s",
        "metadata":{"k8s":{"namespace":"billing","replicas":3}},
        "client_secret_expires_at":0,"created_at":"2029-03-14T09:26:53.589Z","updated_at":"2029-06-01T17:00:04.120Z",
        "last_used_at":"2029-11-30T23:59:59.999Z"}''')

    static final Client JWKS_URI = new Client(new ClientId('legacy-jwks-uri'), ClientMetadata.builder()
            .owner('platform')
            .grantTypes([GrantType.CLIENT_CREDENTIALS] as Set)
            .responseTypes([] as Set<ResponseType>)
            .tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
            .jwksUri(Optional.of(URI.create('https://keys.example.com/.well-known/jwks.json')))
            .lifespans(lifespans([(GrantType.TOKEN_EXCHANGE): [(TokenKind.ACCESS_TOKEN): Duration.ofMinutes(10)],
                                  (GrantType.DEVICE_CODE)   : [(TokenKind.ID_TOKEN): Duration.ofHours(1)]]))
            .metadata(new JsonDocument([k8s: [namespace: 'billing', replicas: 3]]))
            .build(), Optional.empty(), CREATED, UPDATED, Optional.of(LAST_USED), 2)

    /** A public native app (RFC 8252): no secret, a private-use and a loopback redirect URI. */
    static final String NATIVE_DOCUMENT = compact('''
        {"client_id":"legacy-native","client_name":"Native app","owner":"mobile",
        "redirect_uris":["com.example.app:/callback","http://127.0.0.1:8080/cb"],
        "post_logout_redirect_uris":["com.example.app:/logged-out"],
        "grant_types":["authorization_code","refresh_token"],"response_types":["code"],
        "scope":"openid offline","audience":[],"token_endpoint_auth_method":"none","skip_consent":false,"enabled":true,
        "logo_uri":"https://app.example.com/icon.png","contacts":["mobile@example.com"],
        "refresh_token_grant_id_token_lifespan":"1m0s",
        "metadata":{"platforms":["ios","android"]},
        "client_secret_expires_at":0,"created_at":"2029-03-14T09:26:53.589Z","updated_at":"2029-06-01T17:00:04.120Z"}''')

    static final Client NATIVE = new Client(new ClientId('legacy-native'), ClientMetadata.builder()
            .clientName('Native app')
            .owner('mobile')
            .redirectUris([uri('com.example.app:/callback'), uri('http://127.0.0.1:8080/cb')])
            .postLogoutRedirectUris([uri('com.example.app:/logged-out')])
            .grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN] as LinkedHashSet)
            .responseTypes([ResponseType.CODE] as Set)
            .scope(Scopes.of(['openid', 'offline']))
            .tokenEndpointAuthMethod(AuthMethod.NONE)
            .uris(new ClientMetadata.ClientUris(Optional.empty(), Optional.of(URI.create('https://app.example.com/icon.png')),
                    Optional.empty(), Optional.empty()))
            .contacts(['mobile@example.com'])
            .lifespans(lifespans([(GrantType.REFRESH_TOKEN): [(TokenKind.ID_TOKEN): Duration.ofMinutes(1)]]))
            .metadata(new JsonDocument([platforms: ['ios', 'android']]))
            .build(), Optional.empty(), CREATED, UPDATED, Optional.empty(), 4)

    /** A machine client registered with nothing but its grant type: every default as the previous code wrote it. */
    static final String MINIMAL_DOCUMENT = compact('''
        {"client_id":"3f0c9a52-8e0b-4f7e-9d43-6f1f2b7c9a10","client_name":"","owner":"","redirect_uris":[],
        "post_logout_redirect_uris":[],"grant_types":["client_credentials"],"response_types":[],"scope":"","audience":[],
        "token_endpoint_auth_method":"client_secret_basic","skip_consent":false,"enabled":true,"contacts":[],"metadata":{},
        "client_secret_expires_at":0,"created_at":"2029-03-14T09:26:53.589Z","updated_at":"2029-03-14T09:26:53.589Z"}''')

    static final Client SECTOR = new Client(new ClientId('registered-with-sector'), WEB_APP.metadata().toBuilder()
            .sectorIdentifierUri(Optional.of(URI.create('https://rp.example.com/sector.json'))).build(),
            WEB_APP.secretHash(), WEB_APP.createdAt(), WEB_APP.updatedAt(), Optional.empty(), 0)

    static final Client MINIMAL = new Client(new ClientId('3f0c9a52-8e0b-4f7e-9d43-6f1f2b7c9a10'), ClientMetadata.builder()
            .grantTypes([GrantType.CLIENT_CREDENTIALS] as Set)
            .responseTypes([] as Set<ResponseType>)
            .build(), Optional.of(new HashedSecret(FAST_HASH)), CREATED, CREATED, Optional.empty(), 0)

    def "a row the previous version wrote for #description reads back with every field intact"() {
        given:
        insertPreviousRow(expected, document)

        when:
        def found = repository.find(expected.id())

        then:
        found.get() == expected
        with(found.get().metadata()) {
            redirectUris() == expected.metadata().redirectUris()
            scope().values() as List == expected.metadata().scope().values() as List
            audience().values() as List == expected.metadata().audience().values() as List
            grantTypes() as List == expected.metadata().grantTypes() as List
            lifespans() == expected.metadata().lifespans()
            it.metadata() == expected.metadata().metadata()
            jwks() == expected.metadata().jwks()
        }

        where:
        description                                         | document            | expected
        'a web app with every member'                       | WEB_APP_DOCUMENT    | WEB_APP
        'a private_key_jwt client with its jwks'            | KEY_HOLDER_DOCUMENT | KEY_HOLDER
        'a private_key_jwt client with a jwks_uri'          | JWKS_URI_DOCUMENT   | JWKS_URI
        'a public native app'                               | NATIVE_DOCUMENT     | NATIVE
        'a machine client with every default'               | MINIMAL_DOCUMENT    | MINIMAL
    }

    def "rows the previous version wrote are listed and filtered like any other"() {
        given:
        [[WEB_APP, WEB_APP_DOCUMENT], [KEY_HOLDER, KEY_HOLDER_DOCUMENT], [NATIVE, NATIVE_DOCUMENT],
         [MINIMAL, MINIMAL_DOCUMENT]].each { client, document -> insertPreviousRow(client, document) }

        expect:
        repository.list(new ClientQuery(Optional.empty(), Optional.empty(), Optional.empty(), 10))
                .clients() == [MINIMAL, NATIVE, KEY_HOLDER, WEB_APP]
        repository.list(new ClientQuery(Optional.empty(), Optional.of('team-a'), Optional.empty(), 10))
                .clients() == [WEB_APP]
    }

    def "a row the previous version wrote can be changed, and reads back as changed"() {
        given:
        insertPreviousRow(WEB_APP, WEB_APP_DOCUMENT)
        def renamed = WEB_APP.replace(WEB_APP.metadata().toBuilder().clientName('Renamed').build(), Optional.empty(),
                UPDATED.plusSeconds(60))

        expect:
        repository.update(renamed)
        repository.find(WEB_APP.id()).get() == renamed
        repository.find(WEB_APP.id()).get().lastUsedAt() == Optional.of(LAST_USED)
    }

    def "a client's request_object_signing_alg is stored under its RFC name and reads back"() {
        given:
        def client = new Client(new ClientId('request-signer'), KEY_HOLDER.metadata().toBuilder()
                .requestObjectSigningAlg(Optional.of(RequestObjectSigningAlg.parse('ES256', 'request_object_signing_alg')))
                .build(), Optional.empty(), CREATED, CREATED, Optional.empty(), 0)

        when:
        repository.add(client)

        then:
        repository.find(client.id()).get() == client
        repository.find(client.id()).get().metadata().requestObjectSigningAlg().get().value() == 'ES256'
        json.readValue(storedDocument(client.id()), Argument.mapOf(String.class, Object.class))
                .request_object_signing_alg == 'ES256'
    }

    def "a client's userinfo_signed_response_alg #alg is stored under its RFC name and reads back"() {
        given:
        def client = new Client(new ClientId("userinfo-$alg"), WEB_APP.metadata().toBuilder()
                .userinfoSignedResponseAlg(Optional.of(alg)).build(), WEB_APP.secretHash(), CREATED, CREATED, Optional.empty(), 0)

        when:
        repository.add(client)

        then:
        repository.find(client.id()).get() == client
        repository.find(client.id()).get().metadata().userinfoSignedResponseAlg() == Optional.of(alg)
        json.readValue(storedDocument(client.id()), Argument.mapOf(String.class, Object.class))
                .userinfo_signed_response_alg == alg.wireName()

        where:
        alg << SigningAlgorithm.values()
    }

    def "a client without userinfo_signed_response_alg stores no such member and reads back without one"() {
        when:
        repository.add(WEB_APP)

        then:
        repository.find(WEB_APP.id()).get().metadata().userinfoSignedResponseAlg().isEmpty()
        !json.readValue(storedDocument(WEB_APP.id()), Argument.mapOf(String.class, Object.class))
                .containsKey('userinfo_signed_response_alg')
    }

    def "a client written now reads back equal: #description"() {
        when:
        def added = repository.add(client)

        then:
        added
        repository.find(client.id()).get() == client

        where:
        description                                         | client
        'a web app with every member'                       | WEB_APP
        'a private_key_jwt client with its jwks'            | KEY_HOLDER
        'a private_key_jwt client with a jwks_uri'          | JWKS_URI
        'a public native app'                               | NATIVE
        'a machine client with every default'               | MINIMAL
        'a registered client with a sector_identifier_uri'  | SECTOR
    }

    def "a client written now is stored in the previous notation, less the members its columns hold: #description"() {
        given:
        repository.add(client)

        when:
        def written = json.readValue(storedDocument(client.id()), Argument.mapOf(String.class, Object.class))
        def previous = json.readValue(document, Argument.mapOf(String.class, Object.class))

        then:
        written == previous.findAll { !(it.key in ['client_secret_expires_at', 'created_at', 'updated_at', 'last_used_at']) }
        written.keySet() as List == (previous.keySet() - ['client_secret_expires_at', 'created_at', 'updated_at', 'last_used_at']) as List

        where:
        description                                         | client     | document
        'a web app with every member'                       | WEB_APP    | WEB_APP_DOCUMENT
        'a private_key_jwt client with its jwks'            | KEY_HOLDER | KEY_HOLDER_DOCUMENT
        'a private_key_jwt client with a jwks_uri'          | JWKS_URI   | JWKS_URI_DOCUMENT
        'a public native app'                               | NATIVE     | NATIVE_DOCUMENT
        'a machine client with every default'               | MINIMAL    | MINIMAL_DOCUMENT
    }

    def "acting subjects are stored as acting_subjects, objects of type and id in the order registered, and read back"() {
        given:
        def subjects = [new ActingSubject('user', '678'), new ActingSubject('enterprise', '12345')] as LinkedHashSet
        def client = new Client(MINIMAL.id(), MINIMAL.metadata().toBuilder().actingSubjects(subjects).build(),
                MINIMAL.secretHash(), CREATED, CREATED, Optional.empty(), 0)

        when:
        repository.add(client)
        def written = json.readValue(storedDocument(client.id()), Argument.mapOf(String.class, Object.class))

        then:
        written.acting_subjects == [[type: 'user', id: '678'], [type: 'enterprise', id: '12345']]
        repository.find(client.id()).get() == client
        repository.find(client.id()).get().metadata().actingSubjects() as List == subjects as List
    }

    // ---- helpers ----

    /** Inserts {@code client}'s row with plain JDBC, its document being {@code document} as the previous code wrote it. */
    void insertPreviousRow(Client client, String document) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            c.prepareStatement('INSERT INTO clients (client_id, client_name, owner, secret_hash, document, created_at, '
                    + 'updated_at, last_used_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').withCloseable { s ->
                s.setString(1, client.id().value())
                s.setString(2, client.metadata().clientName())
                s.setString(3, client.metadata().owner())
                if (client.secretHash().isPresent()) {
                    s.setString(4, client.secretHash().get().encoded())
                } else {
                    s.setNull(4, Types.VARCHAR)
                }
                s.setString(5, document)
                s.setObject(6, OffsetDateTime.ofInstant(client.createdAt(), ZoneOffset.UTC))
                s.setObject(7, OffsetDateTime.ofInstant(client.updatedAt(), ZoneOffset.UTC))
                if (client.lastUsedAt().isPresent()) {
                    s.setObject(8, OffsetDateTime.ofInstant(client.lastUsedAt().get(), ZoneOffset.UTC))
                } else {
                    s.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE)
                }
                s.setLong(9, client.revision())
                assert s.executeUpdate() == 1
            }
        }
    }

    /** The {@code document} column of a client's row, as stored. */
    String storedDocument(ClientId id) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { c ->
            c.prepareStatement('SELECT document FROM clients WHERE client_id = ?').withCloseable { s ->
                s.setString(1, id.value())
                s.executeQuery().withCloseable { rows ->
                    assert rows.next()
                    rows.getString(1)
                }
            }
        }
    }

    /** A document written across several lines here, as the one line of JSON the previous code stored. */
    static String compact(String lines) {
        lines.readLines()*.trim().join('')
    }

    static RedirectUri uri(String value) {
        RedirectUri.parse(value, 'redirect_uris')
    }

    static TokenLifespans lifespans(Map<GrantType, Map<TokenKind, Duration>> values) {
        Map<LifespanKey, Duration> flat = [:]
        values.each { grant, kinds -> kinds.each { kind, duration -> flat[new LifespanKey(grant, kind)] = duration } }
        new TokenLifespans(flat)
    }
}
