package dev.portcullis.adapters.rest.browser

import spock.lang.Specification

import java.security.MessageDigest

/** The form_post page's one script runs only if the hash in its Content Security Policy is the script's own. */
class FormPostScriptSpec extends Specification {

    def "the hash is the SHA-256 of the script, and the page carries exactly that script"() {
        given:
        def template = getClass().getResource('/views/form_post.html').text

        expect:
        Base64.encoder.encodeToString(MessageDigest.getInstance('SHA-256').digest(FormPostScript.SOURCE.bytes)) == FormPostScript.HASH
        template.contains('<script>' + FormPostScript.SOURCE + '</script>')
    }

    def "the form may post to the origin of #redirectUri"() {
        expect:
        BrowserResponses.origin(redirectUri) == origin

        where:
        redirectUri                              | origin
        'https://rp.example.com/cb'              | 'https://rp.example.com'
        'https://rp.example.com?x=1'             | 'https://rp.example.com'
        'http://127.0.0.1:8080/callback?state=1' | 'http://127.0.0.1:8080'
        'com.example.app:/oauth2redirect'        | 'com.example.app:'
    }
}
