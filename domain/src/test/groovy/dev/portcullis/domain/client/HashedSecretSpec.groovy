package dev.portcullis.domain.client

import spock.lang.Specification

class HashedSecretSpec extends Specification {

    def "never prints the hash"() {
        given:
        def hash = new HashedSecret('$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA')

        expect:
        hash.toString() == 'HashedSecret[***]'
        !Optional.of(hash).toString().contains('argon2id')
    }

    def "keeps the encoded hash as given"() {
        expect:
        new HashedSecret('$test$hash').encoded() == '$test$hash'
    }

    def "a hash that is #problem is a programming error"() {
        when:
        new HashedSecret(encoded)

        then:
        thrown(exception)

        where:
        problem   | encoded | exception
        'missing' | null    | NullPointerException
        'empty'   | ''      | IllegalArgumentException
        'blank'   | ' \t'   | IllegalArgumentException
    }
}
