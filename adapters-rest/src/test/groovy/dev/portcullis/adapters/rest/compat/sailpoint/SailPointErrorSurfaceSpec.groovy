package dev.portcullis.adapters.rest.compat.sailpoint

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthError
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import spock.lang.Specification

class SailPointErrorSurfaceSpec extends Specification {

    def surface = new SailPointErrorSurface()

    def "owns the OAuth clients paths and nothing else: #path"() {
        expect:
        surface.owns(HttpRequest.GET(path)) == owned

        where:
        path                              || owned
        '/v3/oauth-clients'               || true
        '/v3/oauth-clients/abc'           || true
        '/beta/oauth-clients'             || true
        '/beta/oauth-clients/abc/x'       || true
        '/v3/oauth-clientsx'              || false
        '/v3/access-profiles'             || false
        '/admin/clients'                  || false
        '/oauth/token'                    || false
    }

    def "a 429 is SailPoint's {message} body, with the rate limiter's status"() {
        when:
        def response = surface.render(HttpRequest.GET('/v3/oauth-clients'), HttpStatus.TOO_MANY_REQUESTS,
                new OAuthError(ErrorCode.TOO_MANY_REQUESTS, 'Rate Limit Exceeded'))

        then:
        response.status == HttpStatus.TOO_MANY_REQUESTS
        response.body() == new SailPointTooManyRequestsBody('Rate Limit Exceeded')
    }

    def "a 401 is SailPoint's {error} body"() {
        expect:
        surface.body(HttpStatus.UNAUTHORIZED, new OAuthError(ErrorCode.INVALID_TOKEN, 'the bearer token is not active')) ==
                new SailPointUnauthorizedBody('the bearer token is not active')
    }

    def "a #status is an ErrorResponseDto with detail code #detailCode, a tracking id and the description as its message"() {
        when:
        SailPointErrorBody body = surface.body(status, new OAuthError(code, 'what went wrong')) as SailPointErrorBody

        then:
        body.detailCode() == detailCode
        body.trackingId() ==~ /[0-9a-f]{32}/
        body.messages() == [new SailPointErrorBody.Message('en-US', 'DEFAULT', 'what went wrong')]

        where:
        status                           | code                          || detailCode
        HttpStatus.BAD_REQUEST           | ErrorCode.INVALID_REQUEST     || '400.1 Bad Request Content'
        HttpStatus.FORBIDDEN             | ErrorCode.INSUFFICIENT_SCOPE  || '403 Forbidden'
        HttpStatus.NOT_FOUND             | ErrorCode.NOT_FOUND           || '404 Not found'
        HttpStatus.INTERNAL_SERVER_ERROR | ErrorCode.SERVER_ERROR        || '500.0 Internal Fault'
        HttpStatus.METHOD_NOT_ALLOWED    | ErrorCode.INVALID_REQUEST     || '405 Method not allowed'
    }

    def "every error gets its own tracking id"() {
        expect:
        def error = new OAuthError(ErrorCode.NOT_FOUND, 'no such client')
        (surface.body(HttpStatus.NOT_FOUND, error) as SailPointErrorBody).trackingId() !=
                (surface.body(HttpStatus.NOT_FOUND, error) as SailPointErrorBody).trackingId()
    }
}
