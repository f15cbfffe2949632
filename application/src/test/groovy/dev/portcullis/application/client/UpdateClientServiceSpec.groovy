package dev.portcullis.application.client

import dev.portcullis.application.fakes.FakeClientRepository
import dev.portcullis.application.fakes.StaleOnceClientRepository
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Client
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.LifespanKey
import dev.portcullis.domain.client.RedirectUri
import dev.portcullis.domain.client.TokenLifespans
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind

import java.time.Duration

/**
 * The use case reads the client, lets the update's {@link ClientChange} compute the registration it is to have from
 * it, and stores that over the revision it read. A replacement (HTTP PUT) is a change that ignores what is stored;
 * a patch (HTTP PATCH) derives the registration from it. How a surface's JSON or JSON Patch becomes a change is the
 * REST adapter's; here changes are closures over the stored client.
 */
class UpdateClientServiceSpec extends ClientServiceSpecification {

    static final String OTHER_CALLBACK = 'https://app.example.com/other'

    RegisteredClient update(String id, ClientChange change) {
        new UpdateClientService(repository, hasher, randomness, clock).update(new ClientUpdate(id, change))
    }

    /** Replaces the client's registration with {@code registration}, whatever is stored. */
    RegisteredClient replace(String id, ClientRegistration registration) {
        new UpdateClientService(repository, hasher, randomness, clock).update(ClientUpdate.replacing(id, registration))
    }

    /** A confidential web app with a bit of everything to change. */
    RegisteredClient registerWebApp(String id = 'web') {
        register(Clients.webApp().clientName('Web app').audience(Audience.of(['https://api.example.com', 'urn:billing']))
                .metadata(new JsonDocument([region: 'eu'])), id)
    }

    /** A change that keeps the id and secret and edits the stored metadata. */
    static ClientChange editing(Closure edit) {
        { Client current -> ClientRegistration.of(current.metadata().toBuilder().tap(edit).build()) } as ClientChange
    }

    def "all of the client's metadata is replaced by the new registration's"() {
        given:
        register(machine().clientName('Old name').owner('team-a').audience(Audience.of(['https://old.example.com']))
                .skipConsent(true).metadata(new JsonDocument([tier: 'gold']))
                .lifespans(new TokenLifespans([(new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(5)])),
                'machine')
        def replacement = machine().clientName('New name').scope(Scopes.of(['read', 'write'])).build()

        when:
        def replaced = replace('machine', ClientRegistration.of(replacement))

        then:
        replaced.client().id() == new ClientId('machine')
        replaced.client().metadata() == replacement
        stored('machine') == replaced.client()
        new GetClientService(repository).get('machine') == replaced.client()
    }

    def "replacing keeps created_at and moves updated_at to now"() {
        given:
        register(machine(), 'machine')
        clock.advance(Duration.ofHours(2))

        when:
        def replaced = replace('machine', ClientRegistration.of(machine().clientName('Renamed').build()))

        then:
        replaced.client().createdAt() == START
        replaced.client().updatedAt() == START + Duration.ofHours(2)
        stored('machine').createdAt() == START
        stored('machine').updatedAt() == START + Duration.ofHours(2)
    }

    def "without a chosen secret the old secret is kept and not returned"() {
        given:
        def secret = newSecretOf(register(machine(), 'machine'))

        when:
        def replaced = replace('machine', ClientRegistration.of(machine().clientName('Renamed').build()))

        then:
        replaced.newSecret().isEmpty()
        storedHash('machine') == Optional.of(generatedHash(secret))
    }

    def "switching between the secret methods keeps the secret"() {
        given:
        def secret = newSecretOf(register(machine(), 'machine'))

        when:
        def replaced = replace('machine', ClientRegistration.of(machine().tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_POST).build()))

        then:
        replaced.client().metadata().tokenEndpointAuthMethod() == AuthMethod.CLIENT_SECRET_POST
        replaced.newSecret().isEmpty()
        storedHash('machine') == Optional.of(generatedHash(secret))
    }

    def "a chosen secret replaces the secret and is returned once"() {
        given:
        register(machine(), 'machine')

        when:
        def replaced = replace('machine', registration(machine(), null, 'a new chosen secret'))

        then:
        replaced.newSecret().orElseThrow().value() == 'a new chosen secret'
        storedHash('machine') == Optional.of(chosenHash('a new chosen secret'))
        new GetClientService(repository).get('machine').secretHash() == Optional.of(chosenHash('a new chosen secret'))
    }

    def "a public client switched to #method gets a generated secret, returned once"() {
        given:
        register(Clients.webApp().tokenEndpointAuthMethod(AuthMethod.NONE), 'app')

        when:
        def replaced = replace('app', ClientRegistration.of(Clients.webApp().tokenEndpointAuthMethod(method).build()))

        then:
        def secret = newSecretOf(replaced)
        secret.length() == 43
        replaced.newSecret().get().generated()
        storedHash('app') == Optional.of(generatedHash(secret))

        where:
        method << [AuthMethod.CLIENT_SECRET_BASIC, AuthMethod.CLIENT_SECRET_POST]
    }

    def "a public client switched to client_secret_basic with a chosen secret gets the chosen one"() {
        given:
        register(Clients.webApp().tokenEndpointAuthMethod(AuthMethod.NONE), 'app')

        when:
        def replaced = replace('app', registration(Clients.webApp(), null, 'my chosen secret'))

        then:
        newSecretOf(replaced) == 'my chosen secret'
        storedHash('app') == Optional.of(chosenHash('my chosen secret'))
    }

    def "a client switched to #method drops its secret"() {
        given:
        register(Clients.webApp(), 'app')

        when:
        def replaced = replace('app', ClientRegistration.of(metadata.build()))

        then:
        replaced.client().metadata().tokenEndpointAuthMethod().wireName() == method
        replaced.newSecret().isEmpty()
        storedHash('app').isEmpty()

        where:
        method            | metadata
        'none'            | Clients.webApp().tokenEndpointAuthMethod(AuthMethod.NONE)
        'private_key_jwt' | Clients.webApp().tokenEndpointAuthMethod(AuthMethod.PRIVATE_KEY_JWT)
                .jwksUri(Optional.of(URI.create('https://app.example.com/jwks.json')))
    }

    def "a secret chosen for a client switched to none is invalid_client_metadata naming client_secret and changes nothing"() {
        given:
        register(Clients.webApp(), 'app')
        def before = stored('app')

        when:
        replace('app', registration(Clients.webApp().tokenEndpointAuthMethod(AuthMethod.NONE), null, 'a chosen secret'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        stored('app') == before
    }

    def "a chosen secret that is too short is invalid_client_metadata naming client_secret and changes nothing"() {
        given:
        register(Clients.webApp(), 'app')
        def before = stored('app')

        when:
        replace('app', registration(Clients.webApp().clientName('Changed'), null, 'short'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        stored('app') == before
    }

    def "the registration may repeat the client's own client_id"() {
        given:
        register(machine(), 'machine')

        expect:
        replace('machine', registration(machine().clientName('Same id'), 'machine')).client().metadata().clientName() == 'Same id'
    }

    def "another client_id in the registration is invalid_request naming client_id and changes nothing"() {
        given:
        register(machine().clientName('Original'), 'machine')
        def before = stored('machine')

        when:
        replace('machine', registration(machine().clientName('Hijacked'), 'other'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('client_id')
        stored('machine') == before
        repository.find(new ClientId('other')).isEmpty()
    }

    def "a client deleted between read and write is not_found and not stored again"() {
        given:
        repository = new FakeClientRepository() {
            @Override
            synchronized boolean update(Client client) {
                remove(client.id())
                super.update(client)
            }
        }
        register(machine(), 'machine')

        when:
        replace('machine', ClientRegistration.of(machine().clientName('Too late').build()))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        repository.find(new ClientId('machine')).isEmpty()
    }

    def "a change by another request between read and write is a conflict and this change is not stored"() {
        given:
        repository = new StaleOnceClientRepository()
        register(machine().clientName('Original'), 'machine')

        when:
        replace('machine', ClientRegistration.of(machine().clientName('Lost update').build()))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored('machine').metadata().clientName() == 'Original'
        stored('machine').revision() == 0
    }

    def "after a conflict the same replacement succeeds when tried again"() {
        given:
        repository = new StaleOnceClientRepository()
        register(machine(), 'machine')
        def replacement = ClientRegistration.of(machine().clientName('Second try').build())

        when:
        replace('machine', replacement)

        then:
        thrown(OAuthException)

        when:
        def replaced = replace('machine', replacement)

        then:
        replaced.client().metadata().clientName() == 'Second try'
        stored('machine').metadata().clientName() == 'Second try'
    }

    def "every replacement moves the revision on by one"() {
        given:
        register(machine(), 'machine')

        when:
        replace('machine', ClientRegistration.of(machine().clientName('one').build()))
        replace('machine', ClientRegistration.of(machine().clientName('two').build()))

        then:
        stored('machine').revision() == 2
    }

    // ---- changes computed from the stored client ----

    def "the change is given the client as stored, and what it computes is stored over the revision read"() {
        given:
        def before = registerWebApp().client()
        List<Client> seen = []

        when:
        def patched = update('web', { Client current ->
            seen << current
            ClientRegistration.of(current.metadata().toBuilder().clientName('Renamed').build())
        } as ClientChange)

        then:
        seen == [before]
        patched.client().metadata() == before.metadata().toBuilder().clientName('Renamed').build()
        patched.client().revision() == before.revision() + 1
        stored('web') == patched.client()
        new GetClientService(repository).get('web') == patched.client()
    }

    def "a change sees what earlier updates stored"() {
        given:
        registerWebApp()
        update('web', editing { redirectUris([RedirectUri.parse(WEB_CALLBACK, 'redirect_uris'), RedirectUri.parse(OTHER_CALLBACK, 'redirect_uris')]) })

        when:
        def patched = update('web', { Client current ->
            ClientRegistration.of(current.metadata().toBuilder()
                    .redirectUris(current.metadata().redirectUris().findAll { it.toString() != WEB_CALLBACK }).build())
        } as ClientChange)

        then:
        patched.client().metadata().redirectUris()*.toString() == [OTHER_CALLBACK]
        stored('web').revision() == 2
    }

    def "patching keeps created_at, moves updated_at to now and keeps the secret"() {
        given:
        def secret = newSecretOf(registerWebApp())
        clock.advance(Duration.ofMinutes(90))

        when:
        def patched = update('web', editing { clientName('Later') })

        then:
        patched.client().createdAt() == START
        patched.client().updatedAt() == START + Duration.ofMinutes(90)
        patched.newSecret().isEmpty()
        storedHash('web') == Optional.of(generatedHash(secret))
    }

    def "a secret chosen in the change's result sets the secret and is returned once"() {
        given:
        registerWebApp()

        when:
        def patched = update('web', { Client current ->
            new ClientRegistration(Optional.empty(), Optional.of('a patched secret'), current.metadata())
        } as ClientChange)

        then:
        newSecretOf(patched) == 'a patched secret'
        storedHash('web') == Optional.of(chosenHash('a patched secret'))
    }

    def "a public client patched to client_secret_basic gets a generated secret, returned once"() {
        given:
        register(Clients.webApp().tokenEndpointAuthMethod(AuthMethod.NONE), 'app')

        when:
        def patched = update('app', editing { tokenEndpointAuthMethod(AuthMethod.CLIENT_SECRET_BASIC) })

        then:
        def secret = newSecretOf(patched)
        secret.length() == 43
        storedHash('app') == Optional.of(generatedHash(secret))
    }

    def "a client patched to none drops its secret"() {
        given:
        registerWebApp()

        when:
        def patched = update('web', editing { tokenEndpointAuthMethod(AuthMethod.NONE) })

        then:
        patched.client().metadata().tokenEndpointAuthMethod() == AuthMethod.NONE
        patched.newSecret().isEmpty()
        storedHash('web').isEmpty()
    }

    def "a secret chosen in the result for a client that cannot use one is invalid_client_metadata and changes nothing"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        update('web', { Client current ->
            new ClientRegistration(Optional.empty(), Optional.of('a chosen secret'),
                    current.metadata().toBuilder().tokenEndpointAuthMethod(AuthMethod.NONE).build())
        } as ClientChange)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        stored('web') == before
    }

    def "a result that names the client's own client_id is stored"() {
        given:
        registerWebApp()

        when:
        def patched = update('web', { Client current ->
            new ClientRegistration(Optional.of(current.id()), Optional.empty(), current.metadata().toBuilder().clientName('Tested').build())
        } as ClientChange)

        then:
        patched.client().metadata().clientName() == 'Tested'
    }

    def "a result that names another client_id is invalid_request naming client_id and changes nothing"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        update('web', { Client current ->
            new ClientRegistration(Optional.of(new ClientId('other')), Optional.empty(), current.metadata())
        } as ClientChange)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('client_id')
        stored('web') == before
        repository.find(new ClientId('other')).isEmpty()
    }

    def "an error the change throws reaches the caller unchanged and nothing is stored"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        update('web', { Client current -> throw OAuthException.invalidRequest('the path /logo_uri names no member') } as ClientChange)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description() == 'the path /logo_uri names no member'
        stored('web') == before
    }

    def "a change whose result breaks the domain's rules fails with its #code naming #member and changes nothing"() {
        given:
        registerWebApp()
        def before = stored('web')

        when:
        update('web', editing(edit))

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains(member)
        stored('web') == before

        where:
        code                              | member               | edit
        ErrorCode.INVALID_REDIRECT_URI    | 'redirect_uris'      | { redirectUris([]) }
        ErrorCode.INVALID_CLIENT_METADATA | 'client_credentials' | { grantTypes([GrantType.AUTHORIZATION_CODE, GrantType.CLIENT_CREDENTIALS] as Set); tokenEndpointAuthMethod(AuthMethod.NONE) }
        ErrorCode.INVALID_CLIENT_METADATA | 'client_name'        | { clientName('x' * 256) }
    }

    def "a change to nothing stores the client unchanged but for updated_at and its revision"() {
        given:
        def before = registerWebApp().client()
        clock.advance(Duration.ofSeconds(30))

        when:
        def patched = update('web', { Client current -> ClientRegistration.of(current.metadata()) } as ClientChange)

        then:
        patched.client() == new Client(before.id(), before.metadata(), before.secretHash(), before.createdAt(),
                START + Duration.ofSeconds(30), before.lastUsedAt(), before.revision() + 1)
        patched.newSecret().isEmpty()
    }

    def "updating a client that #situation is not_found, and the change is never applied"() {
        given:
        registerWebApp()
        def applied = false

        when:
        update(id, { Client current -> applied = true; ClientRegistration.of(current.metadata()) } as ClientChange)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        !applied

        where:
        situation              | id
        'does not exist'       | 'nobody'
        'no client could have' | 'a/b'
        'is empty'             | ''
    }
}
