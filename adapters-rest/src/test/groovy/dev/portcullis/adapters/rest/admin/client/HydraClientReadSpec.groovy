package dev.portcullis.adapters.rest.admin.client

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

class HydraClientReadSpec extends HydraClientSpecification {

    def "a client is read back as the document it was registered with, without its secret"() {
        given:
        def created = register([client_id                                     : 'machine', client_name: 'Machine',
                                                        grant_types                                   : ['client_credentials'], scope: 'read write',
                                                        client_credentials_grant_access_token_lifespan: '1h30m',
                                                        metadata                                      : [tier: 'gold']])

        when:
        def document = read('machine')

        then:
        created.client_secret
        !document.containsKey('client_secret')
        document == created.findAll { it.key != 'client_secret' }
        document.scope == 'read write'
        document.client_credentials_grant_access_token_lifespan == '1h30m0s'
        document.metadata == [tier: 'gold']
        document.created_at == '2030-01-01T00:00:00Z'
        document.updated_at == '2030-01-01T00:00:00Z'
        document.client_secret_expires_at == 0
    }

    def "a chosen secret is not shown either"() {
        given:
        register([client_id: 'chosen', grant_types: ['client_credentials'], client_secret: 'my chosen secret'])

        expect:
        !read('chosen').containsKey('client_secret')
    }

    def "reading a client that #situation is not_found"() {
        given:
        register([client_id: 'someone', grant_types: ['client_credentials']])

        when:
        read(id)

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
