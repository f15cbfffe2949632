package dev.portcullis.application.token

import dev.portcullis.application.grant.AuthenticatedClient
import dev.portcullis.application.grant.EchoGrantHandler
import dev.portcullis.application.grant.TokenRequest
import dev.portcullis.application.grant.TokenResponse
import dev.portcullis.domain.client.AuthMethod
import dev.portcullis.domain.client.Clients
import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.GrantType

class IssueTokenServiceSpec extends TokenServiceSpecification {

    static final String EXTENSION = 'urn:example:params:oauth:grant-type:magic'

    def clientCredentials = new EchoGrantHandler('client_credentials')
    def extension = new EchoGrantHandler(EXTENSION)
    def refresh = new EchoGrantHandler('refresh_token')
    def service = new IssueTokenService(authenticator, [clientCredentials, extension, refresh])

    def setup() {
        register(Clients.confidential().grantTypes(
                [GrantType.CLIENT_CREDENTIALS, new GrantType(EXTENSION), GrantType.JWT_BEARER] as Set<GrantType>))
    }

    static IssueTokenCommand command(String grantType, ClientCredentials credentials = ClientCredentials.basic('machine', SECRET),
                                     Map<String, String> parameters = [:]) {
        new IssueTokenCommand(credentials, new GrantType(grantType), parameters)
    }

    def "a #type request goes to that grant's handler, with the authenticated client"() {
        given:
        def handler = [clientCredentials, extension].find { it.grantType().value() == type }
        def others = [clientCredentials, extension, refresh] - handler

        when:
        def response = service.issue(command(type, ClientCredentials.basic('machine', SECRET), [scope: 'read', extra: 'x']))

        then:
        response.accessToken() == 'from-' + type
        handler.calls.size() == 1
        with(handler.calls[0][0] as TokenRequest) {
            grantType().value() == type
            parameters() == [scope: 'read', extra: 'x']
        }
        with(handler.calls[0][1] as AuthenticatedClient) {
            client() == stored('machine')
            method() == AuthMethod.CLIENT_SECRET_BASIC
        }
        others.every { it.calls.isEmpty() }

        where:
        type << ['client_credentials', EXTENSION]
    }

    def "a grant type no handler serves is unsupported_grant_type, whether or not the client is registered for it"() {
        when:
        service.issue(command(grantType))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNSUPPORTED_GRANT_TYPE
        [clientCredentials, extension, refresh].every { it.calls.isEmpty() }

        where:
        grantType << ['urn:example:unknown', 'password', GrantType.JWT_BEARER.value(), 'authorization_code']
    }

    def "a grant type the client is not registered for is unauthorized_client"() {
        when:
        service.issue(command('refresh_token'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNAUTHORIZED_CLIENT
        refresh.calls.isEmpty()
    }

    def "the client is authenticated before the grant type is looked at: #situation is invalid_client"() {
        when:
        service.issue(command(grantType, credentials))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT
        [clientCredentials, extension, refresh].every { it.calls.isEmpty() }

        where:
        situation                                      | grantType            | credentials
        'a wrong secret with an unknown grant'         | 'urn:example:nobody' | ClientCredentials.basic('machine', 'wrong secret')
        'an unknown client with an unknown grant'      | 'urn:example:nobody' | ClientCredentials.basic('nobody', SECRET)
        'a wrong secret with an unregistered grant'    | 'refresh_token'      | ClientCredentials.basic('machine', 'wrong secret')
        'a wrong secret with a served grant'           | 'client_credentials' | ClientCredentials.basic('machine', 'wrong secret')
        'the wrong method with a served grant'         | 'client_credentials' | ClientCredentials.post('machine', SECRET)
    }

    def "a handler's own error reaches the caller unchanged"() {
        given:
        def failing = new EchoGrantHandler('client_credentials') {
            @Override
            TokenResponse handle(TokenRequest request, AuthenticatedClient client) {
                throw new OAuthException(ErrorCode.INVALID_GRANT, 'no magic today')
            }
        }

        when:
        new IssueTokenService(authenticator, [failing]).issue(command('client_credentials'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_GRANT
        e.error().description() == 'no magic today'
    }

    def "two handlers for one grant type fail construction, naming the grant type"() {
        when:
        new IssueTokenService(authenticator, [new EchoGrantHandler('client_credentials'), extension,
                                              new EchoGrantHandler('client_credentials')])

        then:
        def e = thrown(IllegalStateException)
        e.message.contains('client_credentials')
    }

    def "grantTypes lists exactly the handlers' grant types, in name order"() {
        given:
        def handlers = [EXTENSION, 'refresh_token', 'authorization_code', 'client_credentials']
                .collect { new EchoGrantHandler(it) }

        expect:
        new IssueTokenService(authenticator, handlers).grantTypes()*.value() ==
                ['authorization_code', 'client_credentials', 'refresh_token', EXTENSION]
    }

    def "without handlers no grant type is listed and every grant is unsupported"() {
        given:
        def empty = new IssueTokenService(authenticator, [])

        when:
        empty.issue(command('client_credentials'))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.UNSUPPORTED_GRANT_TYPE
        empty.grantTypes().isEmpty()
    }

    def "the grant types cannot be changed through grantTypes"() {
        when:
        service.grantTypes().add(new GrantType('password'))

        then:
        thrown(UnsupportedOperationException)
    }
}
