package dev.portcullis.domain.authorization

import dev.portcullis.domain.client.ClientId
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.grant.PkceChallenge
import spock.lang.Specification

class CodeBindingSpec extends Specification {

    static final String VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    static final PkceChallenge S256 = PkceChallenge.parse('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'S256')
    static final ClientId APP = new ClientId('app')
    static final String CALLBACK = 'https://app.example.com/cb'

    def "a redemption with the same client, redirect URI and verifier passes"() {
        when:
        new CodeBinding(APP, CALLBACK, true, Optional.of(S256)).checkRedemption(APP, Optional.of(CALLBACK), Optional.of(VERIFIER))

        then:
        noExceptionThrown()
    }

    def "without a redirect_uri in the authorization request, the token request may leave it out or repeat it"() {
        given:
        def binding = new CodeBinding(APP, CALLBACK, false, Optional.empty())

        when:
        binding.checkRedemption(APP, Optional.empty(), Optional.empty())
        binding.checkRedemption(APP, Optional.of(CALLBACK), Optional.empty())

        then:
        noExceptionThrown()
    }

    def "a client with a sole registered redirect URI may leave redirect_uri out, though the request named it"() {
        given:
        def binding = new CodeBinding(APP, CALLBACK, true, Optional.empty())

        when:
        binding.checkRedemption(APP, Optional.empty(), Optional.empty(), true)

        then:
        noExceptionThrown()

        when: 'but one that is sent must still be the one'
        binding.checkRedemption(APP, Optional.of(CALLBACK + '/'), Optional.empty(), true)

        then:
        def e = thrown(OAuthException)
        e.error().description().contains('redirect_uri')

        when: 'and with several registered, it must be sent'
        binding.checkRedemption(APP, Optional.empty(), Optional.empty(), false)

        then:
        thrown(OAuthException)
    }

    def "#what is invalid_grant"() {
        when:
        binding.checkRedemption(caller, Optional.ofNullable(redirect), Optional.ofNullable(verifier))

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_grant'
        e.error().description().contains(hint)

        where:
        what                                      | binding                                                         | caller              | redirect                     | verifier          || hint
        'another client'                          | new CodeBinding(APP, CALLBACK, true, Optional.of(S256))         | new ClientId('evil') | CALLBACK                    | VERIFIER          || 'another client'
        'a missing redirect_uri that was named'   | new CodeBinding(APP, CALLBACK, true, Optional.of(S256))         | APP                 | null                         | VERIFIER          || 'redirect_uri'
        'another redirect_uri'                    | new CodeBinding(APP, CALLBACK, true, Optional.of(S256))         | APP                 | CALLBACK + '/'               | VERIFIER          || 'redirect_uri'
        'a redirect_uri differing in case'        | new CodeBinding(APP, CALLBACK, false, Optional.empty())         | APP                 | 'https://APP.example.com/cb' | null              || 'redirect_uri'
        'a missing verifier'                      | new CodeBinding(APP, CALLBACK, true, Optional.of(S256))         | APP                 | CALLBACK                     | null              || 'code_verifier is required'
        'a wrong verifier'                        | new CodeBinding(APP, CALLBACK, true, Optional.of(S256))         | APP                 | CALLBACK                     | VERIFIER.reverse() || 'does not match'
        'the challenge sent as the verifier'      | new CodeBinding(APP, CALLBACK, true, Optional.of(S256))         | APP                 | CALLBACK                     | S256.value()      || 'does not match'
        'a verifier without a challenge'          | new CodeBinding(APP, CALLBACK, true, Optional.empty())          | APP                 | CALLBACK                     | VERIFIER          || 'no code_challenge'
    }
}
