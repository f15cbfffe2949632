package dev.portcullis.domain.grant

import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class PkceChallengeSpec extends Specification {

    // RFC 7636 Appendix B.
    static final String VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    static final String CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'

    def "S256 turns the verifier of RFC 7636 appendix B into its challenge"() {
        expect:
        PkceChallenge.s256(VERIFIER) == CHALLENGE
        PkceChallenge.parse(CHALLENGE, 'S256').isSatisfiedBy(VERIFIER)
    }

    def "an S256 challenge is not satisfied by #what"() {
        expect:
        !PkceChallenge.parse(CHALLENGE, 'S256').isSatisfiedBy(verifier)

        where:
        what                                  | verifier
        'another verifier'                    | VERIFIER.reverse()
        'the challenge itself'                | CHALLENGE
        'a verifier one character short'      | VERIFIER.substring(1)
        'a verifier with a forbidden char'    | VERIFIER.substring(1) + '+'
        'a verifier too short to be one'      | 'a' * 42
        'a verifier too long to be one'       | 'a' * 129
        'nothing'                             | null
    }

    def "a plain challenge is satisfied only by itself"() {
        given:
        def plain = PkceChallenge.parse(VERIFIER, 'plain')

        expect:
        plain.method() == PkceChallenge.Method.PLAIN
        plain.isSatisfiedBy(VERIFIER)
        !plain.isSatisfiedBy(CHALLENGE)
    }

    def "a challenge without a method is plain (RFC 7636 section 4.3)"() {
        expect:
        PkceChallenge.parse(CHALLENGE, null).method() == PkceChallenge.Method.PLAIN
        PkceChallenge.parse(CHALLENGE, '').method() == PkceChallenge.Method.PLAIN
    }

    def "a malformed challenge or unknown method is invalid_request: #what"() {
        when:
        PkceChallenge.parse(challenge, method)

        then:
        def e = thrown(OAuthException)
        e.error().code().value() == 'invalid_request'
        e.error().description().contains(hint)

        where:
        what                   | challenge          | method  || hint
        'too short'            | 'a' * 42           | 'S256'  || 'code_challenge'
        'too long'             | 'a' * 129          | 'S256'  || 'code_challenge'
        'padding'              | CHALLENGE + '='    | 'S256'  || 'code_challenge'
        'missing'              | null               | 'S256'  || 'code_challenge'
        'unknown method'       | CHALLENGE          | 'S512'  || 'code_challenge_method'
        'lower-case s256'      | CHALLENGE          | 's256'  || 'case matters'
    }

    def "boundary lengths 43 and 128 of every unreserved character are accepted"() {
        expect:
        PkceChallenge.parse('A' * 43, 'plain').isSatisfiedBy('A' * 43)
        PkceChallenge.parse(('aZ09-._~' * 16), 'plain').value().length() == 128
    }
}
