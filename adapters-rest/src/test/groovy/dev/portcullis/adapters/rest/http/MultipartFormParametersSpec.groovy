package dev.portcullis.adapters.rest.http

import dev.portcullis.domain.error.OAuthException
import io.micronaut.http.MediaType
import spock.lang.Specification

import java.nio.charset.StandardCharsets

class MultipartFormParametersSpec extends Specification {

    static final Optional<MediaType> TYPE = Optional.of(MediaType.of('multipart/form-data; boundary=----b0undary'))

    static byte[] body(String text) {
        text.getBytes(StandardCharsets.UTF_8)
    }

    static String part(String name, String value, String extra = '') {
        "------b0undary\r\nContent-Disposition: form-data; name=\"$name\"$extra\r\n\r\n$value\r\n"
    }

    def "text fields become the same form a urlencoded body is, in order, UTF-8 kept"() {
        expect:
        MultipartFormParameters.urlEncoded(TYPE, body(part('grant_type', 'client_credentials') + part('client_id', 'é & =') +
                part('client_secret', '') + '------b0undary--\r\n')) ==
                'grant_type=client_credentials&client_id=%C3%A9+%26+%3D&client_secret='
    }

    def "a part may carry its own Content-Type, and a preamble may come first"() {
        expect:
        MultipartFormParameters.urlEncoded(TYPE, body('preamble\r\n------b0undary\r\nContent-Disposition: form-data; name="a"\r\n' +
                'Content-Type: text/plain; charset=utf-8\r\n\r\nline one\r\nline two\r\n------b0undary--')) == 'a=line+one%0D%0Aline+two'
    }

    def "a repeated field stays repeated, for FormParameters to refuse"() {
        when:
        FormParameters.parse(MultipartFormParameters.urlEncoded(TYPE, body(part('client_id', 'a') + part('client_id', 'b') + '------b0undary--')))

        then:
        thrown(OAuthException)
    }

    def "refused as invalid_request: #why"() {
        when:
        MultipartFormParameters.urlEncoded(type, body(text))

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_request'

        where:
        why                          | type                                                  | text
        'no boundary parameter'      | Optional.of(MediaType.of('multipart/form-data'))      | part('a', 'b') + '------b0undary--'
        'no Content-Type at all'     | Optional.empty()                                      | part('a', 'b') + '------b0undary--'
        'no closing delimiter'       | TYPE                                                  | part('a', 'b')
        'no delimiter at all'        | TYPE                                                  | 'grant_type=client_credentials'
        'a file part'                | TYPE                                                  | part('a', 'b', '; filename="a.txt"') + '------b0undary--'
        'a part without a name'      | TYPE                                                  | '------b0undary\r\nContent-Disposition: form-data\r\n\r\nx\r\n------b0undary--'
        'garbage after a delimiter'  | TYPE                                                  | '------b0undaryX\r\n' + part('a', 'b') + '------b0undary--'
    }
}
