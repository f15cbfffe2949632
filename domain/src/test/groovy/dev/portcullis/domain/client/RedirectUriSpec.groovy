package dev.portcullis.domain.client

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class RedirectUriSpec extends Specification {

    def "accepts #raw (#kind)"() {
        when:
        def uri = RedirectUri.parse(raw, 'redirect_uris')

        then:
        uri.value() == URI.create(raw)
        uri.toString() == raw

        where:
        kind                                  | raw
        'https'                               | 'https://app.example.com/callback'
        'https with port and query'           | 'https://app.example.com:8443/cb?tenant=a'
        'http on localhost'                   | 'http://localhost:8080/callback'
        'http on localhost in capitals'       | 'HTTP://LOCALHOST/callback'
        'http on 127.0.0.1'                   | 'http://127.0.0.1:51004/callback'
        'http on another 127/8 address'       | 'http://127.10.20.30/callback'
        'http on the IPv6 loopback'           | 'http://[::1]:51004/callback'
        'a private-use scheme'                | 'com.example.app:/callback'
        'a private-use scheme with authority' | 'com.example.app://callback'
    }

    def "refuses '#raw' with invalid_redirect_uri naming the field because #problem"() {
        when:
        RedirectUri.parse(raw, 'post_logout_redirect_uris')

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REDIRECT_URI
        e.error().description().startsWith('post_logout_redirect_uris ')

        where:
        problem                                     | raw
        'it is absent'                              | null
        'it is empty'                               | ''
        'it is malformed'                           | 'https://app.example.com/a b'
        'it is relative'                            | '/callback'
        'it is scheme-relative'                     | '//app.example.com/callback'
        'it has a fragment'                         | 'https://app.example.com/callback#top'
        'it has an empty fragment'                  | 'https://app.example.com/callback#'
        'it carries user info'                      | 'https://user:pass@app.example.com/callback'
        'it carries user info on loopback'          | 'http://user@localhost/callback'
        'https has no host'                         | 'https:///callback'
        'it uses http on a public host'             | 'http://app.example.com/callback'
        'it uses http on a host named like 127/8'   | 'http://127.0.0.1.evil.example/callback'
        'it uses http on a host named like local'   | 'http://localhost.evil.example/callback'
        'it uses http on the unspecified address'   | 'http://0.0.0.0/callback'
        'it uses a javascript: URI'                 | 'javascript:alert(1)'
        'it uses a hierarchical javascript: URI'    | 'javascript://app.example.com/%0Aalert(1)'
        'it uses a data: URI'                       | 'data:text/html,hi'
        'it uses a file: URI'                       | 'file:///etc/passwd'
        'it uses a vbscript: URI'                   | 'vbscript://x/msgbox'
        'a private-use scheme has no period'        | 'myapp:/callback'
        'a private-use URI is opaque'               | 'com.example.app:callback'
        'it uses ftp'                               | 'ftp://files.example.com/callback'
    }

    def "#raw #verdict a loopback redirect (RFC 8252 section 7.3)"() {
        expect:
        RedirectUri.parse(raw, 'redirect_uris').isLoopback() == loopback

        where:
        raw                                 | loopback
        'http://localhost:8080/callback'    | true
        'http://127.0.0.1/callback'         | true
        'http://127.1.2.3/callback'         | true
        'http://[::1]/callback'             | true
        'https://localhost/callback'        | false
        'https://app.example.com/callback'  | false
        'com.example.app:/callback'         | false

        verdict = loopback ? 'is' : 'is not'
    }

    def "constructing a redirect URI that breaks the rules is a programming error"() {
        when:
        new RedirectUri(URI.create(raw))

        then:
        thrown(IllegalArgumentException)

        where:
        raw << ['/callback', 'https://app.example.com/callback#top', 'http://app.example.com/callback', 'javascript:alert(1)']
    }

    def "two redirect URIs are equal when their URIs are"() {
        expect:
        RedirectUri.parse('https://app.example.com/cb', 'redirect_uris') == new RedirectUri(URI.create('https://app.example.com/cb'))
    }

    def "a request's redirect_uri is admitted only when it is the registered one: #registered <- #presented is #admitted"() {
        expect:
        RedirectUri.parse(registered, 'redirect_uris').admits(presented) == admitted

        where:
        registered                              | presented                                  || admitted
        'https://app.example.com/cb'            | 'https://app.example.com/cb'               || true
        'https://app.example.com/cb'            | 'https://app.example.com/cb/'              || false
        'https://app.example.com/cb'            | 'https://APP.example.com/cb'               || false
        'https://app.example.com/cb'            | 'https://app.example.com:443/cb'           || false
        'https://app.example.com/cb'            | 'https://app.example.com/cb?x=1'           || false
        'https://app.example.com/cb'            | 'https://app.example.com/cb#frag'          || false
        'https://app.example.com/cb'            | 'https://app.example.com/CB'               || false
        'https://app.example.com/cb'            | 'https://app.example.com.evil.com/cb'      || false
        'https://app.example.com/cb?a=1'        | 'https://app.example.com/cb?a=1'           || true
        'https://app.example.com/cb?a=1'        | 'https://app.example.com/cb?a=2'           || false
        'http://127.0.0.1/cb'                   | 'http://127.0.0.1:51004/cb'                || true
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.1:9090/cb'                 || true
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.1/cb'                      || true
        'http://[::1]:8080/cb'                  | 'http://[::1]:1234/cb'                     || true
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.1:9090/other'              || false
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.2:8080/cb'                 || false
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.1:9090/cb?x=1'             || false
        'http://127.0.0.1:8080/cb'              | 'http://user@127.0.0.1:9090/cb'            || false
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.1:9090/cb#f'               || false
        'http://localhost:8080/cb'              | 'http://localhost:8080/cb'                 || true
        'http://localhost:8080/cb'              | 'http://localhost:9090/cb'                 || false
        'com.example.app:/callback'             | 'com.example.app:/callback'                || true
        'com.example.app:/callback'             | 'com.example.app:/callback2'               || false
        'https://app.example.com/cb'            | null                                       || false
        'http://127.0.0.1:8080/cb'              | 'http://127.0.0.1:9090/c b'                || false
    }
}
