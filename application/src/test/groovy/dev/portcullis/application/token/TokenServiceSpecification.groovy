package dev.portcullis.application.token

import dev.portcullis.application.fakes.CountingSecretHasher
import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.FakeKeyMaker
import dev.portcullis.application.fakes.FakeKeyRepository
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.application.fakes.FakeTokenCodec
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.FakeTokenRepository
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.grant.AccessTokenGrant
import dev.portcullis.application.grant.IssuedToken
import dev.portcullis.application.key.KeyRing
import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.ClientSecret
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import dev.portcullis.domain.token.GrantId
import dev.portcullis.domain.token.TokenRecord
import dev.portcullis.application.fakes.FakeAssertionRepository
import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.fakes.FakeRemoteDocuments
import spock.lang.Specification

import java.time.Duration
import java.time.Instant

/**
 * The fakes every token spec runs over. Spock makes a new instance per feature, so each feature gets its own
 * clock, storage, keys and authenticator (with its own cache of verified secrets). Storage starts with one
 * access-token signing key; clients are registered by the spec with {@link #register}.
 */
abstract class TokenServiceSpecification extends Specification {

    static final Instant START = Instant.parse('2030-01-01T00:00:00Z')
    static final String ISSUER = 'https://auth.example.com/'
    static final Duration ACCESS_LIFESPAN = Duration.ofHours(1)
    static final Duration REFRESH_LIFESPAN = Duration.ofDays(30)
    static final String SECRET = 'the machine secret'
    static final String TOKEN_ENDPOINT = 'https://auth.example.com/oauth2/token'

    MutableClock clock = new MutableClock(START)
    FakeRandomness randomness = new FakeRandomness()
    CountingSecretHasher hasher = new CountingSecretHasher()
    FakeClientRepository clients = new FakeClientRepository()
    FakeTokenRepository tokens = new FakeTokenRepository()
    FakeKeyRepository keys = new FakeKeyRepository()
    FakeKeyMaker keyMaker = new FakeKeyMaker()
    FakeTokenDigest digest = new FakeTokenDigest()
    FakeTokenCodec codec = new FakeTokenCodec()
    KeyRing keyRing = new KeyRing(keys, clock)
    ClientUses uses = new ClientUses(clients, clock)
    FakeForeignJwts foreignJwts = new FakeForeignJwts()
    FakeRemoteDocuments remoteDocuments = new FakeRemoteDocuments()
    FakeAssertionRepository usedAssertions = new FakeAssertionRepository()
    ClientAssertions clientAssertions = new ClientAssertions(foreignJwts, new ClientKeys(remoteDocuments, foreignJwts, clock),
            usedAssertions, [TOKEN_ENDPOINT, ISSUER] as Set, clock)
    ClientAuthenticator authenticator = new ClientAuthenticator(clients, hasher, digest, clock, uses, clientAssertions)

    /** A feature may change the server-wide strategy before it issues tokens. */
    AccessTokenStrategy serverStrategy = AccessTokenStrategy.JWT

    def setup() {
        keys.add(keyMaker.generate(KeySetName.ACCESS_TOKEN, SigningAlgorithm.ES256, START))
    }

    TokenSettings getSettings() {
        new TokenSettings(URI.create(ISSUER), ACCESS_LIFESPAN, REFRESH_LIFESPAN, serverStrategy)
    }

    /** Built afresh on each use, so that it sees the strategy the feature set. */
    AccessTokens getAccessTokens() {
        new AccessTokens(settings, tokens, digest, codec, keyRing, randomness, clock)
    }

    /** Registers a client built from {@code builder}; one that uses a secret gets the chosen {@code secret}. */
    Client register(ClientMetadata.Builder builder, String id = 'machine', String secret = SECRET) {
        ClientMetadata metadata = builder.build()
        Optional<HashedSecret> hash = metadata.tokenEndpointAuthMethod().usesSecret()
                ? Optional.of(hasher.hash(ClientSecret.chosen(secret)))
                : Optional.<HashedSecret> empty()
        def client = Client.register(new ClientId(id), metadata, hash, clock.instant())
        assert clients.add(client)
        client
    }

    /** A confidential client_secret_basic client of the client credentials grant, with scopes read and write. */
    Client registerMachine(String id = 'machine') {
        register(Clients.confidential(), id)
    }

    Client stored(String id) {
        clients.find(new ClientId(id)).orElseThrow()
    }

    /** What a client credentials handler would grant {@code client}. */
    AccessTokenGrant grant(Client client, Map options = [:]) {
        new AccessTokenGrant(client, options.getOrDefault('grantType', GrantType.CLIENT_CREDENTIALS) as GrantType,
                Optional.ofNullable(options.subject as String), Scopes.of(options.getOrDefault('scope', ['read']) as List),
                Audience.of(options.getOrDefault('audience', []) as List<String>),
                options.getOrDefault('grantId', accessTokens.newGrantId()) as GrantId,
                new JsonDocument(options.getOrDefault('claims', [:]) as Map<String, Object>))
    }

    IssuedToken issueAccessToken(Client client, Map options = [:]) {
        accessTokens.issueAccessToken(grant(client, options))
    }

    Optional<TokenRecord> recordOf(String token) {
        tokens.find(digest.digest(token))
    }

    /** Empties the token storage, to count what it held: the port has no other way to count. */
    int removeAllRecords() {
        tokens.removeExpired(Instant.MAX)
    }
}
