package dev.portcullis.domain.error

import spock.lang.Specification

class OAuthExceptionSpec extends Specification {

    def "carries the error code and the description it was built with"() {
        when:
        def e = new OAuthException(ErrorCode.INVALID_GRANT, 'code is expired')

        then:
        e.error() == new OAuthError(ErrorCode.INVALID_GRANT, 'code is expired')
        e.message == 'invalid_grant: code is expired'
    }

    def "#factory builds an exception with #code"() {
        when:
        OAuthException e = OAuthException."$factory"('scope is malformed')

        then:
        e.error().code() == code
        e.error().description() == 'scope is malformed'

        where:
        factory                  | code
        'invalidRequest'         | ErrorCode.INVALID_REQUEST
        'invalidClientMetadata'  | ErrorCode.INVALID_CLIENT_METADATA
        'invalidRedirectUri'     | ErrorCode.INVALID_REDIRECT_URI
        'notFound'               | ErrorCode.NOT_FOUND
        'conflict'               | ErrorCode.CONFLICT
    }

    def "carries no cause and no stack trace, so nothing from below reaches an error response"() {
        when:
        def e = OAuthException.invalidRequest('client_id is missing')

        then:
        e.cause == null
        e.stackTrace.length == 0
    }
}
