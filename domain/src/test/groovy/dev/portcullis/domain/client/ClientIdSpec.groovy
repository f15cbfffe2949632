package dev.portcullis.domain.client

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class ClientIdSpec extends Specification {

    def "parses '#raw' as a client_id"() {
        expect:
        ClientId.parse(raw).value() == raw

        where:
        raw << ['my-client', 'a', 'x' * ClientId.MAX_LENGTH, 'urn:example:client.1', 'A_b~c!$&\'()*+,;=@[]']
    }

    def "parsing fails with invalid_client_metadata naming client_id when #problem"() {
        when:
        ClientId.parse(raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_id')

        where:
        problem                      | raw
        'it is absent'               | null
        'it is empty'                | ''
        'it is too long'             | 'x' * (ClientId.MAX_LENGTH + 1)
        'it holds a space'           | 'my client'
        'it holds a slash'           | 'my/client'
        'it holds a question mark'   | 'my?client'
        'it holds a hash'            | 'my#client'
        'it holds a percent sign'    | 'my%20client'
        'it holds a backslash'       | 'my\\client'
        'it holds a double quote'    | 'my"client'
        'it holds a control char'    | 'my\tclient'
        'it holds DEL'               | 'my\u007Fclient'
        'it holds non-ASCII'         | 'mÿ-client'
    }

    def "constructing a malformed client_id is a programming error"() {
        when:
        new ClientId('my client')

        then:
        thrown(IllegalArgumentException)
    }

    def "prints as its value"() {
        expect:
        new ClientId('my-client').toString() == 'my-client'
    }
}
