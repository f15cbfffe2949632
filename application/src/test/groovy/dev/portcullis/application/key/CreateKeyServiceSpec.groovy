package dev.portcullis.application.key

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm

import java.time.Duration

class CreateKeyServiceSpec extends KeyServiceSpecification {

    def service = new CreateKeyService(keys, maker, keyRing, clock)

    def "a created key becomes the signing key at once and the older keys stay listed"() {
        given:
        def old = storeKey(KeySetName.ACCESS_TOKEN)
        assert keyRing.signingKey(KeySetName.ACCESS_TOKEN) == Optional.of(old)
        clock.advance(Duration.ofSeconds(1))

        when:
        def created = service.create(new CreateKeyCommand('access-token', 'RS256', 'sig'))

        then:
        def kid = created.keys()[0].kid
        keyRing.signingKey(KeySetName.ACCESS_TOKEN).orElseThrow().kid().value() == kid
        keyRing.keys(KeySetName.ACCESS_TOKEN)*.kid()*.value() == [kid, old.kid().value()]
    }

    def "the answer is the new key's public JWK alone, for #alg"() {
        when:
        def created = service.create(new CreateKeyCommand('access-token', alg, 'sig'))

        then:
        created.keys().size() == 1
        created.keys()[0] == [kty: kty, kid: created.keys()[0].kid, alg: alg, use: 'sig']
        keys.findSet(KeySetName.ACCESS_TOKEN)*.algorithm() == [SigningAlgorithm.fromWireName(alg).orElseThrow()]
        keys.findSet(KeySetName.ACCESS_TOKEN)[0].createdAt() == START

        where:
        alg     | kty
        'RS256' | 'RSA'
        'ES256' | 'EC'
    }

    def "keys can be created in a set of the operator's own"() {
        when:
        service.create(new CreateKeyCommand('my-keys', 'ES256', 'sig'))
        service.create(new CreateKeyCommand('my-keys', 'ES256', 'sig'))

        then:
        keys.findSet(MINE).size() == 2
        keys.findSet(KeySetName.ACCESS_TOKEN).isEmpty()
    }

    def "creating a key with #problem is invalid_request and creates nothing"() {
        when:
        service.create(new CreateKeyCommand(set, alg, use))

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_REQUEST
        maker.made == 0

        where:
        problem                      | set            | alg     | use
        'alg HS256'                  | 'access-token' | 'HS256' | 'sig'
        'alg none'                   | 'access-token' | 'none'  | 'sig'
        'alg in lower case'          | 'access-token' | 'rs256' | 'sig'
        'an empty alg'               | 'access-token' | ''      | 'sig'
        'use enc'                    | 'access-token' | 'RS256' | 'enc'
        'an empty use'               | 'access-token' | 'RS256' | ''
        'use in upper case'          | 'access-token' | 'RS256' | 'SIG'
        'a set name with a slash'    | 'a/b'          | 'RS256' | 'sig'
        'an empty set name'          | ''             | 'RS256' | 'sig'
        'a set name over 64 chars'   | 'x' * 65       | 'RS256' | 'sig'
    }
}
