package dev.portcullis.domain.error

import spock.lang.Specification

class OAuthErrorSpec extends Specification {

    def "an error without #missing is a programming error"() {
        when:
        new OAuthError(code, description)

        then:
        thrown(NullPointerException)

        where:
        missing        | code                      | description
        'a code'       | null                      | 'scope is malformed'
        'a description'| ErrorCode.INVALID_SCOPE   | null
    }
}
