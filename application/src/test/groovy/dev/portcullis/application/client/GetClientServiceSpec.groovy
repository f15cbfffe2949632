package dev.portcullis.application.client

import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.JsonDocument
import dev.portcullis.domain.client.LifespanKey
import dev.portcullis.domain.client.TokenLifespans
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType
import dev.portcullis.domain.grant.Scopes
import dev.portcullis.domain.grant.TokenKind

import java.time.Duration

class GetClientServiceSpec extends ClientServiceSpecification {

    def service = new GetClientService(repository)

    def "a client is read back as it was registered, holding only the hash of its secret"() {
        given:
        def metadata = machine().clientName('Machine').scope(Scopes.of(['read', 'write']))
                .lifespans(new TokenLifespans([(new LifespanKey(GrantType.CLIENT_CREDENTIALS, TokenKind.ACCESS_TOKEN)): Duration.ofMinutes(90)]))
                .metadata(new JsonDocument([tier: 'gold']))
        def registered = register(metadata, 'machine')

        when:
        def client = service.get('machine')

        then:
        client == registered.client()
        client.id() == new ClientId('machine')
        client.metadata() == metadata.build()
        client.createdAt() == START
        client.secretHash() == Optional.of(generatedHash(newSecretOf(registered)))
    }

    def "a chosen secret is held as its hash too"() {
        given:
        register(machine(), 'chosen', 'my chosen secret')

        expect:
        service.get('chosen').secretHash() == Optional.of(chosenHash('my chosen secret'))
    }

    def "a client is read as it is after a change"() {
        given:
        register(machine().clientName('Before'), 'machine')
        new UpdateClientService(repository, hasher, randomness, clock)
                .update(ClientUpdate.replacing('machine', ClientRegistration.of(machine().clientName('After').build())))

        expect:
        service.get('machine').metadata().clientName() == 'After'
        service.get('machine').revision() == 1
    }

    def "reading a client that #situation is not_found"() {
        given:
        register(machine(), 'someone')

        when:
        service.get(id)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        situation                   | id
        'does not exist'            | 'nobody'
        'differs only in case'      | 'SOMEONE'
        'no client could have'      | 'a/b'
        'is empty'                  | ''
        'is too long'               | 'x' * 256
        'is null'                   | null
    }
}
