package dev.portcullis.domain.client

import spock.lang.Specification

class AuthMethodSpec extends Specification {

    def "#method #verdict a shared secret"() {
        expect:
        method.usesSecret() == usesSecret

        where:
        method                         | usesSecret
        AuthMethod.CLIENT_SECRET_BASIC | true
        AuthMethod.CLIENT_SECRET_POST  | true
        AuthMethod.PRIVATE_KEY_JWT     | false
        AuthMethod.NONE                | false

        verdict = usesSecret ? 'uses' : 'does not use'
    }

    def "#method is found by its wire name '#wire'"() {
        expect:
        method.wireName() == wire
        AuthMethod.fromWireName(wire) == Optional.of(method)

        where:
        method                         | wire
        AuthMethod.CLIENT_SECRET_BASIC | 'client_secret_basic'
        AuthMethod.CLIENT_SECRET_POST  | 'client_secret_post'
        AuthMethod.PRIVATE_KEY_JWT     | 'private_key_jwt'
        AuthMethod.NONE                | 'none'
    }

    def "'#wire' is not a supported method"() {
        expect:
        AuthMethod.fromWireName(wire).isEmpty()

        where:
        wire << ['client_secret_jwt', 'tls_client_auth', 'NONE', '', null]
    }
}
