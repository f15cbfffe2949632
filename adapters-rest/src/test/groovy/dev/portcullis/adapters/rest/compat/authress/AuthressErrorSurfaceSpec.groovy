package dev.portcullis.adapters.rest.compat.authress

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthError
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.Specification

class AuthressErrorSurfaceSpec extends Specification {

    def surface = new AuthressErrorSurface()

    def "owns the extensions API, the token route and the extensions' login, and nothing else: #path"() {
        expect:
        surface.owns(HttpRequest.GET(path)) == owned

        where:
        path                                      || owned
        '/v1/extensions'                          || true
        '/v1/extensions/'                         || true
        '/v1/extensions/ext_1'                    || true
        '/api/authentication/oauth/tokens'        || true
        '/?client_id=ext_1&code_challenge=x'      || true
        '/'                                       || false
        '/?other=1'                               || false
        '/v1/extensionsx'                         || false
        '/v1/clients'                             || false
        '/oauth2/token'                           || false
        '/admin/clients'                          || false
    }

    def "a #status is Authress's {errorCode, title} body"() {
        when:
        def response = surface.render(HttpRequest.GET('/v1/extensions'), status, new OAuthError(code, 'what went wrong'))

        then:
        response.status == status
        response.body() == new AuthressErrorBody(code.value(), 'what went wrong', null, null)

        where:
        status                           | code
        HttpStatus.BAD_REQUEST           | ErrorCode.INVALID_REQUEST
        HttpStatus.UNAUTHORIZED          | ErrorCode.INVALID_TOKEN
        HttpStatus.FORBIDDEN             | ErrorCode.INSUFFICIENT_SCOPE
        HttpStatus.NOT_FOUND             | ErrorCode.NOT_FOUND
        HttpStatus.TOO_MANY_REQUESTS     | ErrorCode.TOO_MANY_REQUESTS
        HttpStatus.INTERNAL_SERVER_ERROR | ErrorCode.SERVER_ERROR
    }

    def "a token request's error also carries RFC 6749's members, is not cached, and challenges a failed HTTP Basic"() {
        when:
        def response = surface.render(HttpRequest.POST('/api/authentication/oauth/tokens', '{}')
                .basicAuth('client', 'wrong'), HttpStatus.UNAUTHORIZED, new OAuthError(ErrorCode.INVALID_CLIENT, 'client authentication failed'))

        then:
        response.status == HttpStatus.UNAUTHORIZED
        response.body() == new AuthressErrorBody('invalid_client', 'client authentication failed', 'invalid_client', 'client authentication failed')
        response.header('Cache-Control') == 'no-store'
        response.header('WWW-Authenticate').startsWith('Basic')
    }

    def "a 429 on the token route keeps both shapes"() {
        expect:
        surface.render(HttpRequest.POST('/api/authentication/oauth/tokens', '{}'), HttpStatus.TOO_MANY_REQUESTS,
                new OAuthError(ErrorCode.TOO_MANY_REQUESTS, 'slow down')).body() ==
                new AuthressErrorBody('too_many_requests', 'slow down', 'too_many_requests', 'slow down')
    }
}
