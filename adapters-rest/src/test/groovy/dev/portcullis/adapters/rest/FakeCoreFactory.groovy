package dev.portcullis.adapters.rest

import dev.portcullis.adapters.rest.http.EndpointThreads
import dev.portcullis.adapters.rest.http.Issuer
import dev.portcullis.adapters.rest.ui.BuiltInLogin
import dev.portcullis.adapters.rest.oauth.authorize.AuthorizationController
import dev.portcullis.adapters.rest.oauth.logout.EndSessionController
import dev.portcullis.application.client.CreateClientService
import dev.portcullis.application.client.CreateClientUseCase
import dev.portcullis.application.client.DeleteClientService
import dev.portcullis.application.client.DeleteClientUseCase
import dev.portcullis.application.client.GetClientService
import dev.portcullis.application.client.GetClientUseCase
import dev.portcullis.application.client.ListClientsService
import dev.portcullis.application.client.ListClientsUseCase
import dev.portcullis.application.client.RotateClientSecretService
import dev.portcullis.application.client.RotateClientSecretUseCase
import dev.portcullis.application.client.UpdateClientService
import dev.portcullis.application.client.UpdateClientUseCase
import dev.portcullis.application.discovery.GetServerMetadataService
import dev.portcullis.application.discovery.GetServerMetadataUseCase
import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.FakeKeyMaker
import dev.portcullis.application.fakes.FakeKeyRepository
import dev.portcullis.application.fakes.FakeRequestBuckets
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.application.fakes.FakeSecretHasher
import dev.portcullis.application.fakes.FakeTokenCodec
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.FakeTokenRepository
import dev.portcullis.application.fakes.FakeRegistrationTokenRepository
import dev.portcullis.application.port.RegistrationTokenRepository
import dev.portcullis.application.registration.DeleteClientConfigurationService
import dev.portcullis.application.registration.DeleteClientConfigurationUseCase
import dev.portcullis.application.registration.ReadClientConfigurationService
import dev.portcullis.application.registration.ReadClientConfigurationUseCase
import dev.portcullis.application.registration.RegisterClientService
import dev.portcullis.application.registration.RegisterClientUseCase
import dev.portcullis.application.registration.RegistrationSettings
import dev.portcullis.application.registration.UpdateClientConfigurationService
import dev.portcullis.application.registration.UpdateClientConfigurationUseCase
import dev.portcullis.application.fakes.MutableClock
import dev.portcullis.application.grant.GrantHandler
import dev.portcullis.application.grant.TokenIssuer
import dev.portcullis.application.grant.flow.FlowTokens
import dev.portcullis.application.grant.flow.IdTokens
import dev.portcullis.application.token.IssueTokenService
import dev.portcullis.application.grant.clientcredentials.ClientCredentialsGrantHandler
import dev.portcullis.application.health.CheckReadinessService
import dev.portcullis.application.health.CheckReadinessUseCase
import dev.portcullis.application.key.CreateKeyService
import dev.portcullis.application.key.CreateKeyUseCase
import dev.portcullis.application.key.DeleteKeyService
import dev.portcullis.application.key.DeleteKeyUseCase
import dev.portcullis.application.key.EnsureSigningKeysService
import dev.portcullis.application.key.EnsureSigningKeysUseCase
import dev.portcullis.application.key.GetKeyService
import dev.portcullis.application.key.GetKeySetService
import dev.portcullis.application.key.GetKeySetUseCase
import dev.portcullis.application.key.GetKeyUseCase
import dev.portcullis.application.key.GetPublicKeysService
import dev.portcullis.application.key.GetPublicKeysUseCase
import dev.portcullis.application.key.KeyRing
import dev.portcullis.application.port.ClientRepository
import dev.portcullis.application.port.KeyMaker
import dev.portcullis.application.port.KeyRepository
import dev.portcullis.application.port.Randomness
import dev.portcullis.application.port.SecretHasher
import dev.portcullis.application.port.TokenCodec
import dev.portcullis.application.port.TokenDigest
import dev.portcullis.application.port.TokenRepository
import dev.portcullis.application.token.AccessTokens
import dev.portcullis.application.token.ClientAuthenticator
import dev.portcullis.application.token.CredentialCostUseCase
import dev.portcullis.application.token.ClientUses
import dev.portcullis.application.token.FlushTokensService
import dev.portcullis.application.token.FlushTokensUseCase
import dev.portcullis.application.token.IntrospectTokenService
import dev.portcullis.application.token.IntrospectTokenUseCase
import dev.portcullis.application.token.IssueTokenUseCase
import dev.portcullis.application.token.RevokeClientTokensService
import dev.portcullis.application.token.RevokeClientTokensUseCase
import dev.portcullis.application.token.RevokeTokenService
import dev.portcullis.application.token.RevokeTokenUseCase
import dev.portcullis.application.token.TokenSettings
import dev.portcullis.domain.client.AccessTokenStrategy
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

import dev.portcullis.application.authorization.AcceptConsentRequestService
import dev.portcullis.application.authorization.AcceptConsentRequestUseCase
import dev.portcullis.application.authorization.AcceptLoginRequestService
import dev.portcullis.application.authorization.AcceptLoginRequestUseCase
import dev.portcullis.application.authorization.AcceptLoginAndConsentService
import dev.portcullis.application.authorization.AcceptLoginAndConsentUseCase
import dev.portcullis.application.authorization.LogoutAtOnceService
import dev.portcullis.application.authorization.LogoutAtOnceUseCase
import dev.portcullis.application.authorization.AcceptLogoutRequestService
import dev.portcullis.application.authorization.AcceptLogoutRequestUseCase
import dev.portcullis.application.authorization.AuthorizationSettings
import dev.portcullis.application.authorization.AuthorizeService
import dev.portcullis.application.authorization.AuthorizeUseCase
import dev.portcullis.application.authorization.BrowserSessions
import dev.portcullis.application.authorization.EndLoginSessionsService
import dev.portcullis.application.authorization.EndLoginSessionsUseCase
import dev.portcullis.application.authorization.EndSessionService
import dev.portcullis.application.authorization.EndSessionUseCase
import dev.portcullis.application.authorization.FlowSecrets
import dev.portcullis.application.authorization.GetConsentRequestService
import dev.portcullis.application.authorization.GetConsentRequestUseCase
import dev.portcullis.application.authorization.GetLoginRequestService
import dev.portcullis.application.authorization.GetLoginRequestUseCase
import dev.portcullis.application.authorization.GetLogoutRequestService
import dev.portcullis.application.authorization.GetLogoutRequestUseCase
import dev.portcullis.application.authorization.IdTokenHints
import dev.portcullis.application.authorization.ListConsentSessionsService
import dev.portcullis.application.authorization.ListConsentSessionsUseCase
import dev.portcullis.application.authorization.RejectConsentRequestService
import dev.portcullis.application.authorization.RejectConsentRequestUseCase
import dev.portcullis.application.authorization.RejectLoginRequestService
import dev.portcullis.application.authorization.RejectLoginRequestUseCase
import dev.portcullis.application.authorization.RejectLogoutRequestService
import dev.portcullis.application.authorization.RejectLogoutRequestUseCase
import dev.portcullis.application.authorization.RevokeConsentSessionsService
import dev.portcullis.application.authorization.RevokeConsentSessionsUseCase
import dev.portcullis.application.grant.flow.GrantRevocation
import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeLoginSessionRepository
import dev.portcullis.application.fakes.FakeLogoutRequestRepository
import dev.portcullis.application.fakes.FakeForeignJwts
import dev.portcullis.application.authorization.RequestObjects
import dev.portcullis.application.fakes.FakeAssertionRepository
import dev.portcullis.application.fakes.FakeRemoteDocuments
import dev.portcullis.application.token.ClientAssertions
import dev.portcullis.application.token.ClientKeys
import dev.portcullis.application.fakes.FakeTrustRepository
import dev.portcullis.application.trust.DeleteTrustService
import dev.portcullis.application.trust.DeleteTrustUseCase
import dev.portcullis.application.trust.GetTrustService
import dev.portcullis.application.trust.GetTrustUseCase
import dev.portcullis.application.trust.ListTrustsService
import dev.portcullis.application.trust.ListTrustsUseCase
import dev.portcullis.application.trust.RegisterTrustService
import dev.portcullis.application.trust.RegisterTrustUseCase
import dev.portcullis.application.port.FlowRepository
import dev.portcullis.application.port.LoginSessionRepository
import dev.portcullis.application.port.LogoutRequestRepository
import dev.portcullis.application.port.PasswordHasher
import dev.portcullis.application.ratelimit.RateLimitService
import dev.portcullis.application.ratelimit.RateLimitSettings
import dev.portcullis.application.user.SignInService
import dev.portcullis.application.user.SignInUseCase
import dev.portcullis.application.userinfo.GetUserinfoService
import dev.portcullis.application.userinfo.GetUserinfoUseCase
import io.micronaut.context.annotation.Factory
import io.micronaut.context.annotation.Value
import io.micronaut.scheduling.TaskExecutors

import jakarta.inject.Named
import jakarta.inject.Singleton

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.util.concurrent.ExecutorService

/**
 * The real use cases over the application's in-memory fakes, wired as bootstrap's {@code wiring} factories
 * wire them over the real adapters, so that REST specs exercise HTTP, the services and the error mapping
 * together. Each spec class gets its own application context, so its own fakes; features within a spec
 * share them and keep apart by using unique ids. The clock stands at {@link #NOW} until a spec moves it.
 */
@Factory
class FakeCoreFactory {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')
    static final String ISSUER = 'https://auth.example.com'
    static final Duration ACCESS_TOKEN_LIFESPAN = Duration.ofHours(1)
    static final Duration REFRESH_TOKEN_LIFESPAN = Duration.ofDays(30)
    static final SigningAlgorithm SIGNING_ALGORITHM = SigningAlgorithm.ES256

    // Outbound ports: the application test-jar's fakes.

    @Singleton
    MutableClock clock() {
        new MutableClock(NOW)
    }

    @Singleton
    FakeClientRepository clientRepository() {
        new FakeClientRepository()
    }

    @Singleton
    FakeTokenRepository tokenRepository() {
        new FakeTokenRepository()
    }

    @Singleton
    FakeKeyRepository keyRepository() {
        new FakeKeyRepository()
    }

    @Singleton
    FakeKeyMaker keyMaker() {
        new FakeKeyMaker()
    }

    @Singleton
    FakeTokenDigest tokenDigest() {
        new FakeTokenDigest()
    }

    @Singleton
    FakeTokenCodec tokenCodec() {
        new FakeTokenCodec()
    }

    @Singleton
    SecretHasher secretHasher() {
        new FakeSecretHasher()
    }

    @Singleton
    Randomness randomness() {
        new FakeRandomness()
    }

    /** The worker pool unless a spec sets {@code portcullis.test.endpoint-threads: event-loop}. */
    @Singleton
    EndpointThreads endpointThreads(@Named(TaskExecutors.BLOCKING) ExecutorService workers,
                                    @Value('${portcullis.test.endpoint-threads:worker-pool}') String mode,
                                    CredentialCostUseCase costs) {
        new EndpointThreads(EndpointThreads.Mode.ofConfigName(mode), workers, costs)
    }

    @Singleton
    FakeStorageHealth storageHealth() {
        new FakeStorageHealth()
    }

    // The client registry, as in bootstrap's ClientRegistryFactory.

    @Singleton
    CreateClientUseCase createClient(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        new CreateClientService(clients, hasher, randomness, clock)
    }

    @Singleton
    GetClientUseCase getClient(ClientRepository clients) {
        new GetClientService(clients)
    }

    @Singleton
    ListClientsUseCase listClients(ClientRepository clients) {
        new ListClientsService(clients)
    }

    @Singleton
    UpdateClientUseCase updateClient(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        new UpdateClientService(clients, hasher, randomness, clock)
    }

    @Singleton
    DeleteClientUseCase deleteClient(ClientRepository clients, TokenRepository tokens, FlowRepository flows,
                                     RegistrationTokenRepository registrationTokens) {
        new DeleteClientService(clients, tokens, flows, registrationTokens)
    }

    @Singleton
    FakeRegistrationTokenRepository registrationTokenRepository() {
        new FakeRegistrationTokenRepository()
    }

    @Singleton
    FakeRemoteDocuments remoteDocuments() {
        new FakeRemoteDocuments()
    }

    @Singleton
    RegisterClientUseCase registerClient(CreateClientUseCase create, RegistrationTokenRepository tokens, TokenDigest digest,
                                         Randomness randomness, FakeRemoteDocuments documents) {
        new RegisterClientService(create, tokens, digest, randomness, documents, RegistrationSettings.open())
    }

    @Singleton
    ReadClientConfigurationUseCase readClientConfiguration(GetClientUseCase get, RegistrationTokenRepository tokens,
                                                           TokenDigest digest, Randomness randomness) {
        new ReadClientConfigurationService(get, tokens, digest, randomness)
    }

    @Singleton
    UpdateClientConfigurationUseCase updateClientConfiguration(GetClientUseCase get, UpdateClientUseCase update,
                                                               RegistrationTokenRepository tokens, TokenDigest digest,
                                                               Randomness randomness, FakeRemoteDocuments documents) {
        new UpdateClientConfigurationService(get, update, tokens, digest, randomness, documents, RegistrationSettings.open())
    }

    @Singleton
    DeleteClientConfigurationUseCase deleteClientConfiguration(DeleteClientUseCase delete, RegistrationTokenRepository tokens,
                                                               TokenDigest digest, Randomness randomness) {
        new DeleteClientConfigurationService(delete, tokens, digest, randomness)
    }

    @Singleton
    RotateClientSecretUseCase rotateClientSecret(ClientRepository clients, SecretHasher hasher, Randomness randomness, Clock clock) {
        new RotateClientSecretService(clients, hasher, randomness, clock)
    }

    @Singleton
    CheckReadinessUseCase checkReadiness(FakeStorageHealth storage) {
        new CheckReadinessService(storage)
    }

    // Tokens, as in bootstrap's TokenFactory.

    @Singleton
    TokenSettings tokenSettings() {
        new TokenSettings(URI.create(ISSUER), ACCESS_TOKEN_LIFESPAN, REFRESH_TOKEN_LIFESPAN, AccessTokenStrategy.JWT)
    }

    @Singleton
    ClientAuthenticator clientAuthenticator(ClientRepository clients, SecretHasher hasher, TokenDigest digest, Clock clock) {
        new ClientAuthenticator(clients, hasher, digest, clock, new ClientUses(clients, clock),
                new ClientAssertions(new FakeForeignJwts(), new ClientKeys(new FakeRemoteDocuments(), new FakeForeignJwts(), clock), new FakeAssertionRepository(), [] as Set, clock))
    }

    @Singleton
    AccessTokens accessTokens(TokenSettings settings, TokenRepository tokens, TokenDigest digest, TokenCodec codec,
                              KeyRing keyRing, Randomness randomness, Clock clock) {
        new AccessTokens(settings, tokens, digest, codec, keyRing, randomness, clock)
    }

    @Singleton
    IssueTokenUseCase issueToken(ClientAuthenticator authenticator, List<GrantHandler> handlers) {
        new IssueTokenService(authenticator, handlers)
    }

    @Singleton
    GetServerMetadataUseCase serverMetadata(TokenSettings settings, List<GrantHandler> handlers, KeyRing keyRing) {
        new GetServerMetadataService(settings.issuerValue(), handlers*.grantType(), keyRing)
    }

    @Singleton
    IntrospectTokenUseCase introspectToken(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest,
                                           TokenSettings settings, Clock clock) {
        new IntrospectTokenService(authenticator, tokens, digest, settings, clock)
    }

    @Singleton
    RevokeTokenUseCase revokeToken(ClientAuthenticator authenticator, TokenRepository tokens, TokenDigest digest) {
        new RevokeTokenService(authenticator, tokens, digest)
    }

    @Singleton
    RevokeClientTokensUseCase revokeClientTokens(TokenRepository tokens) {
        new RevokeClientTokensService(tokens)
    }

    @Singleton
    FlushTokensUseCase flushTokens(TokenRepository tokens, Clock clock) {
        new FlushTokensService(tokens, clock)
    }

    @Singleton
    KeyRing keyRing(KeyRepository keys, Clock clock) {
        new KeyRing(keys, clock)
    }

    // Grant handlers, as in bootstrap's GrantHandlerFactory.

    @Singleton
    GrantHandler clientCredentials(TokenIssuer tokens) {
        new ClientCredentialsGrantHandler(tokens)
    }

    // Key sets, as in bootstrap's KeyFactory; SigningKeysOnStartup generates the first keys.

    @Singleton
    EnsureSigningKeysUseCase ensureSigningKeys(KeyRepository keys, KeyMaker maker, KeyRing keyRing, Clock clock) {
        new EnsureSigningKeysService(keys, maker, keyRing,
                [(KeySetName.ACCESS_TOKEN): SIGNING_ALGORITHM, (KeySetName.ID_TOKEN): SIGNING_ALGORITHM], clock)
    }

    @Singleton
    GetKeySetUseCase getKeySet(KeyRing keyRing) {
        new GetKeySetService(keyRing)
    }

    @Singleton
    GetKeyUseCase getKey(KeyRing keyRing) {
        new GetKeyService(keyRing)
    }

    @Singleton
    CreateKeyUseCase createKey(KeyRepository keys, KeyMaker maker, KeyRing keyRing, Clock clock) {
        new CreateKeyService(keys, maker, keyRing, clock)
    }

    @Singleton
    DeleteKeyUseCase deleteKey(KeyRepository keys, KeyRing keyRing) {
        new DeleteKeyService(keys, keyRing)
    }

    @Singleton
    GetPublicKeysUseCase publicKeys(KeyRing keyRing) {
        new GetPublicKeysService(keyRing)
    }

    // The authorization code flow, as in bootstrap's AuthorizationFactory.

    @Singleton
    FakeFlowRepository flowRepository() {
        new FakeFlowRepository()
    }

    @Singleton
    FakeLoginSessionRepository loginSessionRepository() {
        new FakeLoginSessionRepository()
    }

    @Singleton
    FakeLogoutRequestRepository logoutRequestRepository() {
        new FakeLogoutRequestRepository()
    }

    @Singleton
    AuthorizationSettings authorizationSettings() {
        new AuthorizationSettings(ISSUER + '/ui/login', ISSUER + '/ui/consent', ISSUER + '/ui/logout', Optional.empty(),
                ISSUER + '/ui/logged-out', ISSUER + AuthorizationController.PATH, ISSUER + EndSessionController.PATH,
                Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofDays(30), true, false)
    }

    @Singleton
    BuiltInLogin builtInLogin() {
        new BuiltInLogin('urn:portcullis:password', true)
    }

    @Singleton
    Issuer issuer() {
        new Issuer(ISSUER)
    }

    @Singleton
    FlowSecrets flowSecrets(Randomness randomness, TokenDigest digest) {
        new FlowSecrets(randomness, digest)
    }

    @Singleton
    IdTokenHints idTokenHints(TokenCodec codec, KeyRing keyRing) {
        new IdTokenHints(codec, keyRing, ISSUER)
    }

    @Singleton
    BrowserSessions browserSessions(LoginSessionRepository sessions, FlowSecrets secrets) {
        new BrowserSessions(sessions, secrets)
    }

    @Singleton
    AuthorizeUseCase authorize(ClientRepository clients, FlowRepository flows, BrowserSessions sessions, FlowSecrets secrets,
                               IdTokenHints hints, Randomness randomness, TokenSettings tokens,
                               AuthorizationSettings settings, TokenIssuer issuer, TokenCodec codec, KeyRing keyRing,
                               Clock clock) {
        new AuthorizeService(clients, flows, sessions, secrets, hints, randomness, tokens, settings,
                new RequestObjects(new FakeForeignJwts(), new FakeRemoteDocuments(),
                        new ClientKeys(new FakeRemoteDocuments(), new FakeForeignJwts(), clock), tokens.issuerValue(), clock),
                new FlowTokens(issuer, new IdTokens(tokens, codec, keyRing, randomness, clock)), clock)
    }

    @Singleton
    EndSessionUseCase endSession(ClientRepository clients, LogoutRequestRepository logouts, BrowserSessions sessions,
                                 FlowSecrets secrets, IdTokenHints hints, AuthorizationSettings settings, Clock clock) {
        new EndSessionService(clients, logouts, sessions, secrets, hints, settings, clock)
    }

    @Singleton
    GetLoginRequestUseCase getLoginRequest(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                           IdTokenHints hints, Clock clock) {
        new GetLoginRequestService(flows, clients, secrets, hints, clock)
    }

    @Singleton
    AcceptLoginRequestUseCase acceptLoginRequest(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                                 Clock clock) {
        new AcceptLoginRequestService(flows, secrets, settings, clock)
    }

    // Trust relationships with other JWT issuers.

    @Singleton
    FakeTrustRepository trustRepository() {
        new FakeTrustRepository()
    }

    @Singleton
    RegisterTrustUseCase registerTrust(FakeTrustRepository trusts, Randomness randomness, Clock clock) {
        new RegisterTrustService(trusts, new FakeForeignJwts(), randomness, clock)
    }

    @Singleton
    GetTrustUseCase getTrust(FakeTrustRepository trusts) {
        new GetTrustService(trusts)
    }

    @Singleton
    ListTrustsUseCase listTrusts(FakeTrustRepository trusts) {
        new ListTrustsService(trusts)
    }

    @Singleton
    DeleteTrustUseCase deleteTrust(FakeTrustRepository trusts) {
        new DeleteTrustService(trusts)
    }

    @Singleton
    AcceptLoginAndConsentUseCase acceptLoginAndConsent(FlowRepository flows, ClientRepository clients,
                                                       FlowSecrets secrets, Clock clock) {
        new AcceptLoginAndConsentService(flows, clients, secrets, clock)
    }

    @Singleton
    LogoutAtOnceUseCase logoutAtOnce(ClientRepository clients, BrowserSessions sessions, AuthorizationSettings settings,
                                     Clock clock) {
        new LogoutAtOnceService(clients, sessions, settings, clock)
    }

    @Singleton
    RejectLoginRequestUseCase rejectLoginRequest(FlowRepository flows, FlowSecrets secrets, AuthorizationSettings settings,
                                                 Clock clock) {
        new RejectLoginRequestService(flows, secrets, settings, clock)
    }

    @Singleton
    GetConsentRequestUseCase getConsentRequest(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                               IdTokenHints hints, Clock clock) {
        new GetConsentRequestService(flows, clients, secrets, hints, clock)
    }

    @Singleton
    AcceptConsentRequestUseCase acceptConsentRequest(FlowRepository flows, ClientRepository clients, FlowSecrets secrets,
                                                     AuthorizationSettings settings, Clock clock) {
        new AcceptConsentRequestService(flows, clients, secrets, settings, clock)
    }

    @Singleton
    RejectConsentRequestUseCase rejectConsentRequest(FlowRepository flows, FlowSecrets secrets,
                                                     AuthorizationSettings settings, Clock clock) {
        new RejectConsentRequestService(flows, secrets, settings, clock)
    }

    @Singleton
    GetLogoutRequestUseCase getLogoutRequest(LogoutRequestRepository logouts, ClientRepository clients,
                                             FlowSecrets secrets, Clock clock) {
        new GetLogoutRequestService(logouts, clients, secrets, clock)
    }

    @Singleton
    AcceptLogoutRequestUseCase acceptLogoutRequest(LogoutRequestRepository logouts, FlowSecrets secrets,
                                                   AuthorizationSettings settings, Clock clock) {
        new AcceptLogoutRequestService(logouts, secrets, settings, clock)
    }

    @Singleton
    RejectLogoutRequestUseCase rejectLogoutRequest(LogoutRequestRepository logouts, FlowSecrets secrets, Clock clock) {
        new RejectLogoutRequestService(logouts, secrets, clock)
    }

    @Singleton
    ListConsentSessionsUseCase listConsentSessions(FlowRepository flows, ClientRepository clients) {
        new ListConsentSessionsService(flows, clients)
    }

    @Singleton
    GrantRevocation grantRevocation(FlowRepository flows, TokenRepository tokens) {
        new GrantRevocation(flows, tokens)
    }

    @Singleton
    RevokeConsentSessionsUseCase revokeConsentSessions(FlowRepository flows, GrantRevocation revocation) {
        new RevokeConsentSessionsService(flows, revocation)
    }

    @Singleton
    EndLoginSessionsUseCase endLoginSessions(LoginSessionRepository sessions) {
        new EndLoginSessionsService(sessions)
    }

    @Singleton
    GetUserinfoUseCase userinfo(TokenRepository tokens, TokenDigest digest, FlowRepository flows, ClientRepository clients,
                                KeyRing keyRing, TokenCodec codec, TokenSettings settings, Clock clock) {
        new GetUserinfoService(tokens, digest, flows, clients, keyRing, codec, settings, clock)
    }

    /** No users: the REST specs drive the login app through the admin API. */
    @Singleton
    SignInUseCase signIn() {
        new SignInService([], new PasswordHasher() {
            String hash(String password) { 'plain:' + password }
            boolean verify(String password, String encoded) { encoded == 'plain:' + password }
            boolean isWellFormed(String encoded) { encoded.startsWith('plain:') }
        })
    }

    /** Every rate limit off: the REST specs send as many requests as they like; the flow specs show the limits. */
    @Singleton
    RateLimitService rateLimits(Clock clock, FakeTokenDigest digest) {
        new RateLimitService(new RateLimitSettings([:]), new FakeRequestBuckets(clock), digest)
    }
}
