package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.application.fakes.StaleOnceClientRepository
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration

class HydraClientSecretRotationSpec extends HydraClientSpecification {

    def "rotating returns a new generated secret and stores its hash in place of the old one"() {
        given:
        def old = register([client_id: 'machine', grant_types: ['client_credentials']]).client_secret

        when:
        def document = rotate('machine')

        then:
        def secret = document.client_secret as String
        secret ==~ /[A-Za-z0-9_-]{43}/
        secret != old
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-generated:' + secret))
        !hasher.verify(old as String, stored('machine').secretHash().get())
    }

    def "a chosen secret is rotated to a generated one"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials'], client_secret: 'my chosen secret'])

        when:
        def document = rotate('machine')

        then:
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-generated:' + document.client_secret))
    }

    def "the rotated secret is shown once and the rest of the document is unchanged"() {
        given:
        def before = register([client_id: 'machine', client_name: 'Machine', grant_types: ['client_credentials'], scope: 'read'])
        clock.advance(Duration.ofDays(1))

        when:
        def document = rotate('machine')

        then:
        document.findAll { !(it.key in ['client_secret', 'updated_at']) } == before.findAll { !(it.key in ['client_secret', 'updated_at']) }
        document.created_at == '2030-01-01T00:00:00Z'
        document.updated_at == '2030-01-02T00:00:00Z'
        !read('machine').containsKey('client_secret')
    }

    def "each rotation gives a different secret"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

        when:
        def first = rotate('machine').client_secret
        def second = rotate('machine').client_secret

        then:
        first != second
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-generated:' + second))
    }

    def "a client that authenticates with #method has no secret to rotate: invalid_request, nothing changes"() {
        given:
        register(registration + [client_id: 'keyless'])
        def before = stored('keyless')

        when:
        rotate('keyless')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains(method)
        stored('keyless') == before

        where:
        method            | registration
        'none'            | [token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]]
        'private_key_jwt' | [token_endpoint_auth_method: 'private_key_jwt', grant_types: ['client_credentials'], jwks_uri: 'https://app.example.com/jwks.json']
    }

    def "rotating the secret of a client that #situation is not_found"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

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
        def old = register([client_id: 'machine', grant_types: ['client_credentials']]).client_secret

        when:
        rotate('machine')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-generated:' + old))
    }
}
