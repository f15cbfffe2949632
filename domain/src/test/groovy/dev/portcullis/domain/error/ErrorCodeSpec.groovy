package dev.portcullis.domain.error

import spock.lang.Specification

class ErrorCodeSpec extends Specification {

    def "the constant #constant is spelled '#wire' on the wire"() {
        expect:
        constant.value() == wire
        constant.toString() == wire

        where:
        constant                           | wire
        ErrorCode.INVALID_REQUEST          | 'invalid_request'
        ErrorCode.INVALID_CLIENT           | 'invalid_client'
        ErrorCode.INVALID_GRANT            | 'invalid_grant'
        ErrorCode.UNAUTHORIZED_CLIENT      | 'unauthorized_client'
        ErrorCode.UNSUPPORTED_GRANT_TYPE   | 'unsupported_grant_type'
        ErrorCode.INVALID_SCOPE            | 'invalid_scope'
        ErrorCode.INVALID_REDIRECT_URI     | 'invalid_redirect_uri'
        ErrorCode.INVALID_CLIENT_METADATA  | 'invalid_client_metadata'
        ErrorCode.UNSUPPORTED_TOKEN_TYPE   | 'unsupported_token_type'
        ErrorCode.INVALID_TOKEN            | 'invalid_token'
        ErrorCode.LOGIN_REQUIRED           | 'login_required'
    }

    def "an extension may define its own code, equal to any other code with the same value"() {
        expect:
        new ErrorCode('authorization_pending') == new ErrorCode('authorization_pending')
        new ErrorCode('invalid_grant') == ErrorCode.INVALID_GRANT
    }

    def "a code outside the characters of RFC 6749 section 5.2 is refused: #problem"() {
        when:
        new ErrorCode(value)

        then:
        thrown(IllegalArgumentException)

        where:
        problem                  | value
        'empty'                  | ''
        'a double quote'         | 'bad"code'
        'a backslash'            | 'bad\\code'
        'a control character'    | 'bad\ncode'
        'a non-ASCII character'  | 'bäd_code'
    }

    def "a missing code is a programming error"() {
        when:
        new ErrorCode(null)

        then:
        thrown(NullPointerException)
    }
}
