package dev.portcullis.application.client

import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException

class DeleteClientServiceSpec extends ClientServiceSpecification {

    def get = new GetClientService(repository)
    def service = new DeleteClientService(repository)

    def "a deleted client can no longer be read"() {
        given:
        create.create(new ClientDocument([client_id: 'doomed', grant_types: ['client_credentials']]))

        when:
        service.delete('doomed')
        get.get('doomed')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
        repository.find(new ClientId('doomed')).isEmpty()
    }

    def "deleting one client leaves the others"() {
        given:
        create.create(new ClientDocument([client_id: 'doomed', grant_types: ['client_credentials']]))
        create.create(new ClientDocument([client_id: 'survivor', grant_types: ['client_credentials']]))

        when:
        service.delete('doomed')

        then:
        get.get('survivor').fields().client_id == 'survivor'
    }

    def "deleting a client twice is not_found the second time"() {
        given:
        create.create(new ClientDocument([client_id: 'doomed', grant_types: ['client_credentials']]))
        service.delete('doomed')

        when:
        service.delete('doomed')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND
    }

    def "deleting a client that #situation is not_found"() {
        when:
        service.delete(id)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.NOT_FOUND

        where:
        situation              | id
        'does not exist'       | 'nobody'
        'no client could have' | 'a/b'
        'is empty'             | ''
        'is null'              | null
    }

    def "a deleted client_id can be registered again"() {
        given:
        create.create(new ClientDocument([client_id: 'reused', client_name: 'old', grant_types: ['client_credentials']]))
        service.delete('reused')

        when:
        create.create(new ClientDocument([client_id: 'reused', client_name: 'new', grant_types: ['client_credentials']]))

        then:
        get.get('reused').fields().client_name == 'new'
    }
}
