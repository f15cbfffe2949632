package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.application.fakes.StaleOnceClientRepository
import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.client.HashedSecret
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

import java.time.Duration
import java.time.Instant

class HydraClientReplacementSpec extends HydraClientSpecification {

    def "every member is replaced by the new document's, and members left out fall back to their defaults"() {
        given:
        register([client_id  : 'machine', client_name: 'Old name', owner: 'team-a', grant_types: ['client_credentials'],
                  scope      : 'read', audience: ['https://old.example.com'], skip_consent: true, metadata: [tier: 'gold'],
                  box_subjects: [[box_subject_type: 'enterprise', box_subject_id: '12345']],
                  client_credentials_grant_access_token_lifespan: '5m'])

        when:
        def document = replace('machine', [client_name: 'New name', grant_types: ['client_credentials'], scope: 'read write'])

        then:
        document.client_id == 'machine'
        document.client_name == 'New name'
        document.scope == 'read write'
        document.owner == ''
        document.audience == []
        document.box_subjects == []
        document.skip_consent == false
        document.metadata == [:]
        !document.containsKey('client_credentials_grant_access_token_lifespan')
        stored('machine').metadata().clientName() == 'New name'
        read('machine') == document
    }

    def "replacing keeps created_at and moves updated_at to now"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])
        clock.advance(Duration.ofHours(2))

        when:
        def document = replace('machine', [client_name: 'Renamed', grant_types: ['client_credentials']])

        then:
        document.created_at == '2030-01-01T00:00:00Z'
        document.updated_at == '2030-01-01T02:00:00Z'
        stored('machine').createdAt() == Instant.parse('2030-01-01T00:00:00Z')
        stored('machine').updatedAt() == Instant.parse('2030-01-01T02:00:00Z')
    }

    def "created_at and updated_at in the document are ignored"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

        when:
        def document = replace('machine', [grant_types: ['client_credentials'], created_at: '1999-01-01T00:00:00Z', updated_at: '1999-01-01T00:00:00Z'])

        then:
        document.created_at == '2030-01-01T00:00:00Z'
        document.updated_at == '2030-01-01T00:00:00Z'
    }

    def "without a client_secret the old secret is kept and not shown"() {
        given:
        def secret = register([client_id: 'machine', grant_types: ['client_credentials']]).client_secret

        when:
        def document = replace('machine', [client_name: 'Renamed', grant_types: ['client_credentials']])

        then:
        !document.containsKey('client_secret')
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-generated:' + secret))
    }

    def "switching between the secret methods keeps the secret"() {
        given:
        def secret = register([client_id: 'machine', grant_types: ['client_credentials']]).client_secret

        when:
        def document = replace('machine', [grant_types: ['client_credentials'], token_endpoint_auth_method: 'client_secret_post'])

        then:
        document.token_endpoint_auth_method == 'client_secret_post'
        !document.containsKey('client_secret')
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-generated:' + secret))
    }

    def "a client_secret in the document replaces the secret and is shown once"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

        when:
        def document = replace('machine', [grant_types: ['client_credentials'], client_secret: 'a new chosen secret'])

        then:
        document.client_secret == 'a new chosen secret'
        stored('machine').secretHash() == Optional.of(new HashedSecret('fake-chosen:a new chosen secret'))
        !read('machine').containsKey('client_secret')
    }

    def "a public client switched to client_secret_basic gets a generated secret, shown once"() {
        given:
        register([client_id: 'app', token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]])

        when:
        def document = replace('app', [token_endpoint_auth_method: 'client_secret_basic', redirect_uris: [WEB_CALLBACK]])

        then:
        def secret = document.client_secret as String
        secret.length() == 43
        stored('app').secretHash() == Optional.of(new HashedSecret('fake-generated:' + secret))
    }

    def "a public client switched to client_secret_basic with a chosen secret keeps the chosen one"() {
        given:
        register([client_id: 'app', token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]])

        when:
        def document = replace('app', [redirect_uris: [WEB_CALLBACK], client_secret: 'my chosen secret'])

        then:
        document.client_secret == 'my chosen secret'
        stored('app').secretHash() == Optional.of(new HashedSecret('fake-chosen:my chosen secret'))
    }

    def "a client switched to #method drops its secret"() {
        given:
        register([client_id: 'app', redirect_uris: [WEB_CALLBACK]])

        when:
        def document = replace('app', replacement)

        then:
        document.token_endpoint_auth_method == method
        !document.containsKey('client_secret')
        stored('app').secretHash().isEmpty()

        where:
        method            | replacement
        'none'            | [token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK]]
        'private_key_jwt' | [token_endpoint_auth_method: 'private_key_jwt', redirect_uris: [WEB_CALLBACK], jwks_uri: 'https://app.example.com/jwks.json']
    }

    def "a client_secret for a client switched to none is invalid_client_metadata and changes nothing"() {
        given:
        register([client_id: 'app', redirect_uris: [WEB_CALLBACK]])
        def before = stored('app')

        when:
        replace('app', [token_endpoint_auth_method: 'none', redirect_uris: [WEB_CALLBACK], client_secret: 'a chosen secret'])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')
        stored('app') == before
    }

    def "the document may repeat the client's own client_id"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

        expect:
        replace('machine', [client_id: 'machine', grant_types: ['client_credentials']]).client_id == 'machine'
    }

    def "a different client_id in the document is invalid_request and changes nothing"() {
        given:
        register([client_id: 'machine', client_name: 'Original', grant_types: ['client_credentials']])
        def before = stored('machine')

        when:
        replace('machine', [client_id: 'other', client_name: 'Hijacked', grant_types: ['client_credentials']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        e.error().description().contains('client_id')
        stored('machine') == before
        repository.find(new ClientId('other')).isEmpty()
    }

    def "an invalid document is #code naming #member and changes nothing"() {
        given:
        register([client_id: 'app', redirect_uris: [WEB_CALLBACK]])
        def before = stored('app')

        when:
        replace('app', replacement)

        then:
        def e = thrown(OAuthException)
        e.error().code() == code
        e.error().description().contains(member)
        stored('app') == before

        where:
        replacement                                                  || code                              | member
        [grant_types: ['authorization_code']]                        || ErrorCode.INVALID_REDIRECT_URI    | 'redirect_uris'
        [redirect_uris: ['http://evil.example.com/cb']]              || ErrorCode.INVALID_REDIRECT_URI    | 'redirect_uris'
        [redirect_uris: WEB_CALLBACK]                                || ErrorCode.INVALID_CLIENT_METADATA | 'redirect_uris'
        [redirect_uris: [WEB_CALLBACK], client_name: 5]              || ErrorCode.INVALID_CLIENT_METADATA | 'client_name'
        [redirect_uris: [WEB_CALLBACK], scope: ['openid']]           || ErrorCode.INVALID_CLIENT_METADATA | 'scope'
        [redirect_uris: [WEB_CALLBACK], client_secret: 'short']      || ErrorCode.INVALID_CLIENT_METADATA | 'client_secret'
    }

    def "replacing a client that #situation is not_found"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

        when:
        replace(id, [grant_types: ['client_credentials']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        situation              | id
        'does not exist'       | 'nobody'
        'no client could have' | 'a/b'
        'is empty'             | ''
    }

    def "a change by another request between read and write is a conflict and this change is not stored"() {
        given:
        repository = new StaleOnceClientRepository()
        register([client_id: 'machine', client_name: 'Original', grant_types: ['client_credentials']])

        when:
        replace('machine', [client_name: 'Lost update', grant_types: ['client_credentials']])

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.CONFLICT
        stored('machine').metadata().clientName() == 'Original'
    }

    def "after a conflict the same replacement succeeds when tried again"() {
        given:
        repository = new StaleOnceClientRepository()
        register([client_id: 'machine', grant_types: ['client_credentials']])

        when:
        replace('machine', [client_name: 'First try', grant_types: ['client_credentials']])

        then:
        thrown(OAuthException)

        when:
        def document = replace('machine', [client_name: 'Second try', grant_types: ['client_credentials']])

        then:
        document.client_name == 'Second try'
        stored('machine').metadata().clientName() == 'Second try'
    }

    def "every replacement moves the revision on by one"() {
        given:
        register([client_id: 'machine', grant_types: ['client_credentials']])

        when:
        replace('machine', [client_name: 'one', grant_types: ['client_credentials']])
        replace('machine', [client_name: 'two', grant_types: ['client_credentials']])

        then:
        stored('machine').revision() == 2
    }
}
