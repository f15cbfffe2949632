package dev.portcullis.application.registration

import dev.portcullis.application.client.ClientServiceSpecification
import dev.portcullis.application.client.DeleteClientService
import dev.portcullis.application.client.GetClientService
import dev.portcullis.application.client.UpdateClientService
import dev.portcullis.application.fakes.FakeFlowRepository
import dev.portcullis.application.fakes.FakeRegistrationTokenRepository
import dev.portcullis.application.fakes.FakeRemoteDocuments
import dev.portcullis.application.fakes.FakeTokenDigest
import dev.portcullis.application.fakes.FakeTokenRepository
import dev.portcullis.domain.client.ActingSubject
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientMetadata
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.ResponseType
import dev.portcullis.domain.grant.Scopes

/** Registering, reading, changing and deleting a client by itself, over the client registry's own use cases. */
class ClientRegistrationServicesSpec extends ClientServiceSpecification {

    def registrationTokens = new FakeRegistrationTokenRepository()
    def digest = new FakeTokenDigest()
    def documents = new FakeRemoteDocuments()
    def get = new GetClientService(repository)
    def delete = new DeleteClientService(repository, new FakeTokenRepository(), new FakeFlowRepository(), registrationTokens)

    RegisterClientService registerWith(RegistrationSettings settings = RegistrationSettings.open()) {
        new RegisterClientService(create, registrationTokens, digest, randomness, documents, settings)
    }

    ReadClientConfigurationService getRead() {
        new ReadClientConfigurationService(get, registrationTokens, digest, randomness)
    }

    UpdateClientConfigurationService getUpdate() {
        new UpdateClientConfigurationService(get, new UpdateClientService(repository, hasher, randomness, clock),
                registrationTokens, digest, randomness, documents, RegistrationSettings.open())
    }

    DeleteClientConfigurationService getDeleteConfiguration() {
        new DeleteClientConfigurationService(delete, registrationTokens, digest, randomness)
    }

    static ClientMetadata.Builder keyClient() {
        Clients.webApp().scope(Scopes.NONE).tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwks(Optional.of(new JsonDocument([keys: []])))
    }

    ClientConfiguration registered(ClientMetadata.Builder metadata = Clients.webApp()) {
        registerWith().register(new RegistrationRequest(Optional.empty(), metadata.build()))
    }

    static ConfigurationAccess access(ClientConfiguration configuration, String token = configuration.registrationAccessToken()) {
        new ConfigurationAccess(configuration.client().id().value(), Optional.ofNullable(token))
    }

    def "a registration stores the client under a generated id, with a generated secret and a token kept only as its digest"() {
        when:
        def configuration = registered()

        then:
        def id = configuration.client().id()
        stored(id.value()).metadata() == Clients.webApp().build()
        configuration.newSecret().isPresent()
        configuration.registrationAccessToken().startsWith('pc_rat_')
        configuration.registrationAccessToken().length() >= 'pc_rat_'.length() + 43
        registrationTokens.find(id) == Optional.of(digest.digest(configuration.registrationAccessToken()))
    }

    def "a client that asks for no scope gets the scopes the settings allow"() {
        when:
        def configuration = registered(keyClient())

        then:
        configuration.newSecret().isEmpty()
        stored(configuration.client().id().value()).metadata().scope() == RegistrationSettings.OIDC_SCOPES
    }

    def "the registration's PKCE setting, when there is one, is what a confidential client gets; a public client always needs PKCE"() {
        when:
        def settings = new RegistrationSettings(Optional.empty(), RegistrationSettings.OIDC_SCOPES,
                RegistrationSettings.GRANT_TYPES, configured)
        def configuration = registerWith(settings).register(new RegistrationRequest(Optional.empty(), metadata.build()))

        then:
        stored(configuration.client().id().value()).metadata().requirePkce() == expected

        where:
        configured           | metadata                 || expected
        Optional.empty()     | keyClient()              || Optional.empty()
        Optional.of(false)   | keyClient()              || Optional.of(false)
        Optional.of(true)    | Clients.webApp()         || Optional.of(true)
        Optional.of(false)   | Clients.publicNative()   || Optional.empty()
    }

    def "a registration is refused with invalid_client_metadata when #what"() {
        when:
        registered(metadata)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        storedCount() == 0

        where:
        what                                          | metadata
        'it asks for a scope the settings do not allow' | Clients.webApp().scope(Scopes.of(['openid', 'portcullis:admin']))
        'it asks for a grant type not allowed'        | Clients.confidential().scope(Scopes.NONE).grantTypes([GrantType.JWT_BEARER] as Set)
        'it asks for an audience'                     | Clients.webApp().audience(Audience.of(['https://api.example.com'], ErrorCode.INVALID_CLIENT_METADATA, 'audience'))
        'it asks to skip consent'                     | Clients.webApp().skipConsent(true)
        'it asks for every scope by default'          | Clients.confidential().scope(Scopes.NONE).registeredScopeByDefault(true)
        'it asks to act for subjects'                 | Clients.confidential().scope(Scopes.NONE).actingSubjects([ActingSubject.of('user', '1', 'box_subjects')] as Set)
    }

    def "with an initial access token configured, a registration #outcome when it presents #presented"() {
        given:
        def settings = new RegistrationSettings(Optional.of('initial-secret'), RegistrationSettings.OIDC_SCOPES,
                RegistrationSettings.GRANT_TYPES, Optional.empty())

        when:
        def result = null
        def error = null
        try {
            result = registerWith(settings).register(new RegistrationRequest(Optional.ofNullable(presented), Clients.webApp().build()))
        } catch (OAuthException e) {
            error = e.error().code()
        }

        then:
        (result != null) == registers
        error == (registers ? null : ErrorCode.INVALID_TOKEN)
        storedCount() == (registers ? 1 : 0)

        where:
        presented         || registers
        'initial-secret'  || true
        'initial-secreT'  || false
        'initial'         || false
        null              || false
        outcome = registers ? 'succeeds' : 'is refused with invalid_token'
    }

    def "reading a registration answers the client and a new token, and the token read with is no longer valid"() {
        given:
        def configuration = registered()

        when:
        def read = read.read(access(configuration))

        then:
        read.client() == stored(configuration.client().id().value())
        read.newSecret().isEmpty()
        read.registrationAccessToken() != configuration.registrationAccessToken()

        when:
        this.read.read(access(configuration))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_TOKEN

        expect:
        this.read.read(access(configuration, read.registrationAccessToken())).client().id() == configuration.client().id()
    }

    def "the configuration endpoint refuses with invalid_token #situation"() {
        given:
        def configuration = registered()
        def other = registered()

        when:
        read.read(accessOf(configuration, other))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_TOKEN

        where:
        situation                                  | accessOf
        'without a token'                          | { c, o -> new ConfigurationAccess(c.client().id().value(), Optional.empty()) }
        'with a wrong token'                       | { c, o -> new ConfigurationAccess(c.client().id().value(), Optional.of('pc_rat_wrong')) }
        "with another client's token"              | { c, o -> new ConfigurationAccess(c.client().id().value(), Optional.of(o.registrationAccessToken())) }
        'for a client that does not exist'         | { c, o -> new ConfigurationAccess('no-such-client', Optional.of(c.registrationAccessToken())) }
        'for a client id no client could have'     | { c, o -> new ConfigurationAccess('', Optional.of(c.registrationAccessToken())) }
    }

    def "a client registered through the admin API has no registration access token to manage it with"() {
        given:
        register(Clients.webApp(), 'admin-made')

        when:
        read.read(new ConfigurationAccess('admin-made', Optional.of('pc_rat_guess')))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_TOKEN
    }

    def "an update replaces the metadata under the same rules, keeps the secret and issues a new token"() {
        given:
        def configuration = registered()
        def hash = storedHash(configuration.client().id().value())
        def changed = Clients.webApp().clientName('Renamed').build()

        when:
        def updated = update.update(new ConfigurationChange(access(configuration), changed))

        then:
        stored(configuration.client().id().value()).metadata() == changed
        storedHash(configuration.client().id().value()) == hash
        updated.registrationAccessToken() != configuration.registrationAccessToken()
        registrationTokens.find(configuration.client().id()) == Optional.of(digest.digest(updated.registrationAccessToken()))
    }

    def "an update that asks for a privilege is refused and changes nothing"() {
        given:
        def configuration = registered()

        when:
        update.update(new ConfigurationChange(access(configuration), Clients.webApp().skipConsent(true).build()))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        stored(configuration.client().id().value()).metadata() == Clients.webApp().build()
    }

    def "a deleted registration takes the client and its token with it"() {
        given:
        def configuration = registered()

        when:
        deleteConfiguration.delete(access(configuration))

        then:
        repository.find(configuration.client().id()).isEmpty()
        registrationTokens.find(configuration.client().id()).isEmpty()

        when:
        deleteConfiguration.delete(access(configuration))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_TOKEN
    }

    def "the token of a client deleted through the admin API no longer works, and is forgotten"() {
        given:
        def configuration = registered()
        def id = configuration.client().id()
        repository.remove(id)

        when:
        read.read(access(configuration))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_TOKEN
        registrationTokens.find(id).isEmpty()
    }

    static final URI SECTOR = URI.create('https://rp.example.com/sector.json')

    def "a sector_identifier_uri listing every redirect URI is fetched, accepted and kept"() {
        given:
        documents.documents[SECTOR] = [WEB_CALLBACK, 'https://app.example.com/other']

        when:
        def configuration = registered(Clients.webApp().sectorIdentifierUri(Optional.of(SECTOR)))

        then:
        stored(configuration.client().id().value()).metadata().sectorIdentifierUri() == Optional.of(SECTOR)
        documents.fetches[SECTOR] == 1
    }

    def "a registration is refused with invalid_client_metadata when its sector_identifier_uri #problem"() {
        given:
        if (document != null) {
            documents.documents[SECTOR] = document
        }

        when:
        registered(Clients.webApp().sectorIdentifierUri(Optional.of(SECTOR)))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        storedCount() == 0

        where:
        problem                             | document
        'does not list a redirect URI'      | ['https://app.example.com/other']
        'cannot be fetched'                 | null
        'is not an array'                   | [redirect_uris: [WEB_CALLBACK]]
        'holds something else than strings' | [WEB_CALLBACK, 42]
    }

    def "a change is checked against the sector_identifier_uri again"() {
        given:
        documents.documents[SECTOR] = [WEB_CALLBACK]
        def configuration = registered(Clients.webApp().sectorIdentifierUri(Optional.of(SECTOR)))

        when:
        update.update(new ConfigurationChange(access(configuration), Clients.webApp().sectorIdentifierUri(Optional.of(SECTOR))
                .redirectUris([new dev.portcullis.domain.client.RedirectUri(URI.create('https://app.example.com/unlisted'))]).build()))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        stored(configuration.client().id().value()).metadata().redirectUris()*.toString() == [WEB_CALLBACK]
    }

    def "a client an administrator disabled cannot read or change its registration, so cannot enable itself again"() {
        given:
        def configuration = registered()
        def id = configuration.client().id()
        def current = stored(id.value())
        assert repository.update(current.replace(current.metadata().toBuilder().enabled(false).build(), Optional.empty(), clock.instant()))

        when:
        read.read(access(configuration))

        then:
        def readError = thrown(OAuthException)
        readError.error().code() == ErrorCode.INVALID_TOKEN

        when:
        update.update(new ConfigurationChange(access(configuration), Clients.webApp().build()))

        then:
        def updateError = thrown(OAuthException)
        updateError.error().code() == ErrorCode.INVALID_TOKEN
        !stored(id.value()).isEnabled()
    }

    def "what an administrator gave a registered client survives the client's own change"() {
        given:
        def configuration = registered()
        def id = configuration.client().id()
        def current = stored(id.value())
        def audience = Audience.of(['https://api.example.com'], ErrorCode.INVALID_CLIENT_METADATA, 'audience')
        assert repository.update(current.replace(current.metadata().toBuilder().skipConsent(true).audience(audience)
                .owner('team-a').build(), Optional.empty(), clock.instant()))

        when:
        update.update(new ConfigurationChange(access(configuration), Clients.webApp().clientName('Renamed').build()))

        then:
        def changed = stored(id.value()).metadata()
        changed.clientName() == 'Renamed'
        changed.skipConsent()
        changed.audience() == audience
        changed.owner() == 'team-a'
    }
}
