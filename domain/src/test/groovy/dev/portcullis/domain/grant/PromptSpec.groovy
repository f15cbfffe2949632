package dev.portcullis.domain.grant

import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

import static dev.portcullis.domain.grant.Prompt.Value.CONSENT
import static dev.portcullis.domain.grant.Prompt.Value.LOGIN
import static dev.portcullis.domain.grant.Prompt.Value.NONE
import static dev.portcullis.domain.grant.Prompt.Value.SELECT_ACCOUNT

class PromptSpec extends Specification {

    def "'#raw' parses to #expected"() {
        expect:
        Prompt.parse(raw).values() == expected as Set

        where:
        raw                      || expected
        null                     || []
        ''                       || []
        'none'                   || [NONE]
        'login'                  || [LOGIN]
        'consent login'          || [LOGIN, CONSENT]
        'select_account consent' || [CONSENT, SELECT_ACCOUNT]
    }

    def "'#raw' is invalid_request"() {
        when:
        Prompt.parse(raw)

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_request'

        where:
        raw << ['none login', 'login none', 'bogus', 'Login', 'login login', 'login  consent', ' login', 'login ']
    }

    def "the wire form lists the values in a stable order"() {
        expect:
        Prompt.parse('consent login').value() == 'login consent'
        Prompt.UNSPECIFIED.value() == ''
    }

    def "none cannot be built together with another value"() {
        when:
        new Prompt([NONE, LOGIN] as Set)

        then:
        thrown(IllegalArgumentException)
    }
}
