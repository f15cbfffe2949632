package dev.portcullis.bootstrap

import groovy.json.JsonOutput
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

/**
 * The client registry through the whole server, over HTTP, on one storage. Subclasses pick the storage;
 * every feature registers its clients under its own owner (tenant) so that features never see each other's clients.
 */
abstract class ClientRegistryFlowSpec extends Specification {

    abstract Map<String, Object> storageProperties()

    @Shared
    @AutoCleanup
    RunningServer portcullis

    def setupSpec() {
        portcullis = new RunningServer(storageProperties())
    }

    String tenant = "owner-${UUID.randomUUID()}".toString()

    Map create(Map document) {
        def response = portcullis.admin(HttpRequest.POST('/admin/clients', [owner: tenant] + document))
        assert response.status == HttpStatus.CREATED
        portcullis.body(response) as Map
    }

    def "the server is ready once storage is migrated"() {
        expect:
        portcullis.send(HttpRequest.GET('/health/ready')).status == HttpStatus.OK
        portcullis.send(HttpRequest.GET('/health/alive')).status == HttpStatus.OK
    }

    def "no framework management endpoint is exposed: #path"() {
        expect:
        portcullis.send(HttpRequest.GET(path)).status == HttpStatus.NOT_FOUND

        where:
        path << ['/health', '/health/liveness', '/liquibase', '/beans', '/routes', '/info', '/env', '/loggers']
    }

    def "a registered client can be read, listed, patched, replaced and deleted"() {
        given:
        def created = create([client_name: 'flow', grant_types: ['client_credentials'], scope: 'read write'])
        def id = created.client_id

        expect: 'the secret is shown once, at creation'
        created.client_secret.size() == 43
        !portcullis.body(portcullis.admin(HttpRequest.GET("/admin/clients/$id"))).containsKey('client_secret')

        when:
        def listed = portcullis.admin(HttpRequest.GET("/admin/clients?owner=$tenant"))

        then:
        listed.header('X-Total-Count') == '1'
        (portcullis.body(listed) as List)*.client_id == [id]

        when:
        def patched = portcullis.admin(HttpRequest.PATCH("/admin/clients/$id", JsonOutput.toJson(
                [[op: 'replace', path: '/client_name', value: 'renamed'], [op: 'add', path: '/audience/-', value: 'https://api.example.com']]))
                .contentType('application/json-patch+json'))

        then:
        patched.status == HttpStatus.OK
        portcullis.body(patched).client_name == 'renamed'
        portcullis.body(patched).audience == ['https://api.example.com']

        when:
        def replaced = portcullis.admin(HttpRequest.PUT("/admin/clients/$id",
                [client_name: 'replaced', owner: tenant, grant_types: ['client_credentials'], scope: 'read']))

        then:
        replaced.status == HttpStatus.OK
        portcullis.body(replaced).scope == 'read'
        portcullis.body(replaced).created_at == created.created_at

        when:
        def deleted = portcullis.admin(HttpRequest.DELETE("/admin/clients/$id"))

        then:
        deleted.status == HttpStatus.NO_CONTENT
        portcullis.admin(HttpRequest.GET("/admin/clients/$id")).status == HttpStatus.NOT_FOUND
    }

    def "listing walks every page through the Link header"() {
        given:
        def ids = (1..5).collect { create([client_id: "${tenant}-$it".toString(), grant_types: ['client_credentials']]).client_id }

        when:
        def seen = []
        def next = "/admin/clients?owner=$tenant&page_size=2"
        def pages = 0
        while (next) {
            def page = portcullis.admin(HttpRequest.GET(next))
            assert page.header('X-Total-Count') == '5'
            seen += (portcullis.body(page) as List)*.client_id
            next = (page.header('Link') =~ /<([^>]+)>; rel="next"/).with { it.find() ? it.group(1) : null }
            pages++
        }

        then:
        seen == ids.sort()
        pages == 3
    }

    def "bad input gets an OAuth error with the right status, never a 500"() {
        when:
        def response = portcullis.admin(request)

        then:
        response.status.code == status
        portcullis.body(response).error == error

        where:
        request                                                                                               || status | error
        HttpRequest.POST('/admin/clients', [redirect_uris: ['http://evil.example/cb']])                       || 400    | 'invalid_redirect_uri'
        HttpRequest.POST('/admin/clients', [grant_types: 'client_credentials'])                               || 400    | 'invalid_client_metadata'
        HttpRequest.POST('/admin/clients', '{"client_name":').contentType(MediaType.APPLICATION_JSON_TYPE)   || 400    | 'invalid_request'
        HttpRequest.POST('/admin/clients', 'name=x').contentType(MediaType.TEXT_PLAIN_TYPE)                  || 415    | 'invalid_request'
        HttpRequest.GET('/admin/clients/no-such-client')                                                      || 404    | 'not_found'
        HttpRequest.PATCH('/admin/clients/no-such-client', '[]').contentType('application/json-patch+json')     || 404    | 'not_found'
    }

    def "a duplicate client_id is a conflict and the first client stays"() {
        given:
        create([client_id: "${tenant}-dup".toString(), client_name: 'first', grant_types: ['client_credentials']])

        when:
        def second = portcullis.admin(HttpRequest.POST('/admin/clients',
                [client_id: "${tenant}-dup".toString(), client_name: 'second', grant_types: ['client_credentials']]))

        then:
        second.status == HttpStatus.CONFLICT
        portcullis.body(portcullis.admin(HttpRequest.GET("/admin/clients/${tenant}-dup"))).client_name == 'first'
    }
}
