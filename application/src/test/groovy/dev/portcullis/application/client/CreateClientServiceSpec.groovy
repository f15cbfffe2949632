package dev.portcullis.application.client

import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.ClientSecret
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.Audience

class CreateClientServiceSpec extends ClientServiceSpecification {

    def "the client is stored with exactly the metadata it was registered with, created now at revision zero"() {
        given:
        def metadata = Clients.webApp().clientName('Web app').owner('team-a')
                .audience(Audience.of(['https://api.example.com'])).skipConsent(true)
                .metadata(new JsonDocument([tier: 'gold', limits: [rps: 10]])).build()

        when:
        def registered = create.create(new ClientRegistration(Optional.of(new ClientId('web-app')), Optional.empty(), metadata))

        then:
        registered.client() == stored('web-app')
        with(stored('web-app')) {
            id() == new ClientId('web-app')
            it.metadata() == metadata
            createdAt() == START
            updatedAt() == START
            lastUsedAt().isEmpty()
            revision() == 0
        }
    }

    def "a client that authenticates with #method gets a generated 43-character secret, returned once and stored only as its hash"() {
        when:
        def registered = register(machine().tokenEndpointAuthMethod(method), 'machine')

        then:
        def secret = registered.newSecret().orElseThrow()
        secret.generated()
        secret.value() ==~ /[A-Za-z0-9_-]{43}/
        storedHash('machine') == Optional.of(generatedHash(secret.value()))
        registered.client().secretHash() == Optional.of(generatedHash(secret.value()))

        where:
        method << [AuthMethod.CLIENT_SECRET_BASIC, AuthMethod.CLIENT_SECRET_POST]
    }

    def "each generated secret is different"() {
        when:
        def first = register(machine())
        def second = register(machine())

        then:
        newSecretOf(first) != newSecretOf(second)
    }

    def "a chosen secret is hashed as chosen and returned once"() {
        when:
        def registered = register(machine(), 'chosen', 'correct horse battery')

        then:
        registered.newSecret().orElseThrow().value() == 'correct horse battery'
        !registered.newSecret().orElseThrow().generated()
        storedHash('chosen') == Optional.of(chosenHash('correct horse battery'))
    }

    def "a chosen secret that is #problem is invalid_client_metadata naming client_secret and nothing is stored"() {
        when:
        register(machine(), 'chosen', secret)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        storedCount() == 0

        where:
        problem                 | secret
        'too short'             | 'short'
        'too long'              | 'x' * (ClientSecret.MAX_LENGTH + 1)
        'not printable ASCII'   | 'geheimes-passwort-ü'
        'with a control char'   | 'a secret\nwith a newline'
    }

    def "a secret chosen for a client that authenticates with #method is invalid_client_metadata and nothing is stored"() {
        when:
        register(metadata, 'no-secret', 'a chosen secret')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        repository.find(new ClientId('no-secret')).isEmpty()

        where:
        method            | metadata
        'none'            | Clients.publicNative()
        'private_key_jwt' | keyHolder()
    }

    def "a client that authenticates with #method has no secret, neither returned nor stored"() {
        when:
        def registered = register(metadata, 'no-secret')

        then:
        registered.newSecret().isEmpty()
        storedHash('no-secret').isEmpty()

        where:
        method            | metadata
        'none'            | Clients.publicNative()
        'private_key_jwt' | keyHolder()
    }

    def "without a client_id the client gets a random version 4 UUID"() {
        when:
        def registered = register(machine())

        then:
        def id = registered.client().id().value()
        id ==~ /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
        UUID.fromString(id).version() == 4
        UUID.fromString(id).variant() == 2
        repository.find(new ClientId(id)).isPresent()
    }

    def "each generated client_id is different"() {
        expect:
        (1..10).collect { register(machine()).client().id() }.toSet().size() == 10
    }

    def "a given client_id is kept"() {
        when:
        def registered = register(machine(), 'my-own-id')

        then:
        registered.client().id() == new ClientId('my-own-id')
        repository.find(new ClientId('my-own-id')).isPresent()
    }

    def "a client_id that is already taken is a conflict and the first client stays"() {
        given:
        def first = register(machine().clientName('first'), 'taken')

        when:
        register(machine().clientName('second'), 'taken', 'the second secret')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored('taken') == first.client()
        stored('taken').metadata().clientName() == 'first'
    }

    def "neither the registration nor its result prints the secret"() {
        given:
        def registration = registration(machine(), 'printed', 'a chosen secret')

        when:
        def registered = create.create(registration)

        then:
        !registration.toString().contains('a chosen secret')
        !registered.toString().contains('a chosen secret')
        !registered.newSecret().get().toString().contains('a chosen secret')
    }
}
