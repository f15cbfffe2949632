package dev.portcullis.application.client

import dev.portcullis.application.fakes.StaleOnceClientRepository
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

class RotateClientSecretServiceSpec extends ClientServiceSpecification {

    RegisteredClient rotate(String id) {
        new RotateClientSecretService(repository, hasher, randomness, clock).rotate(id)
    }

    def "rotating returns a new generated secret and stores its hash in place of the old one"() {
        given:
        def old = newSecretOf(register(machine(), 'machine'))

        when:
        def rotated = rotate('machine')

        then:
        def secret = newSecretOf(rotated)
        secret ==~ /[A-Za-z0-9_-]{43}/
        rotated.newSecret().get().generated()
        secret != old
        storedHash('machine') == Optional.of(generatedHash(secret))
        !hasher.verify(old, stored('machine').secretHash().get())
    }

    def "a chosen secret is rotated to a generated one"() {
        given:
        register(machine(), 'machine', 'my chosen secret')

        when:
        def rotated = rotate('machine')

        then:
        storedHash('machine') == Optional.of(generatedHash(newSecretOf(rotated)))
    }

    def "the rotated secret is returned once and the rest of the client is unchanged"() {
        given:
        def before = register(machine().clientName('Machine'), 'machine').client()
        clock.advance(Duration.ofDays(1))

        when:
        def rotated = rotate('machine')

        then:
        rotated.client().metadata() == before.metadata()
        rotated.client().createdAt() == START
        rotated.client().updatedAt() == START + Duration.ofDays(1)
        rotated.client().revision() == before.revision() + 1
        stored('machine') == rotated.client()
        new GetClientService(repository).get('machine').secretHash() == Optional.of(generatedHash(newSecretOf(rotated)))
    }

    def "each rotation gives a different secret"() {
        given:
        register(machine(), 'machine')

        when:
        def first = newSecretOf(rotate('machine'))
        def second = newSecretOf(rotate('machine'))

        then:
        first != second
        storedHash('machine') == Optional.of(generatedHash(second))
    }

    def "a client that authenticates with #method has no secret to rotate: invalid_request naming the method, nothing changes"() {
        given:
        register(metadata, 'keyless')
        def before = stored('keyless')

        when:
        rotate('keyless')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(method)
        stored('keyless') == before

        where:
        method            | metadata
        'none'            | Clients.publicNative()
        'private_key_jwt' | keyHolder()
    }

    def "rotating the secret of a client that #situation is not_found"() {
        given:
        register(machine(), 'machine')

        when:
        rotate(id)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        situation              | id
        'does not exist'       | 'nobody'
        'no client could have' | 'a/b'
        'is empty'             | ''
    }

    def "a change by another request between read and write is a conflict and the old secret stays"() {
        given:
        repository = new StaleOnceClientRepository()
        def old = newSecretOf(register(machine(), 'machine'))

        when:
        rotate('machine')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        storedHash('machine') == Optional.of(generatedHash(old))
    }
}
