package dev.portcullis.domain.client

import dev.portcullis.domain.error.ErrorCode
import dev.portcullis.domain.error.OAuthException
import spock.lang.Specification

class ClientSecretSpec extends Specification {

    def "a generated secret is 32 random bytes as 43 base64url characters"() {
        given:
        byte[] random = (0..<32).collect { (byte) (it * 8 + 3) } as byte[]

        when:
        def secret = ClientSecret.generate(random)

        then:
        secret.value().length() == 43
        secret.value() ==~ /[A-Za-z0-9_-]{43}/
        Base64.urlDecoder.decode(secret.value()) == random
    }

    def "a generated secret is marked as generated"() {
        expect:
        ClientSecret.generate(new byte[32]).generated()
    }

    def "generating a secret from #size bytes is a programming error"() {
        when:
        ClientSecret.generate(new byte[size])

        then:
        thrown(IllegalArgumentException)

        where:
        size << [0, 16, 31, 33]
    }

    def "a chosen secret of #length printable characters is accepted and not marked as generated"() {
        when:
        def secret = ClientSecret.chosen(raw)

        then:
        secret.value() == raw
        !secret.generated()

        where:
        raw                        | _
        'x' * 8                    | _
        'x' * 512                  | _
        ' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~' | _

        length = raw.length()
    }

    def "a chosen secret fails with invalid_client_metadata naming client_secret when #problem"() {
        when:
        ClientSecret.chosen(raw)

        then:
        def e = thrown(OAuthException)
        e.error().code() == ErrorCode.INVALID_CLIENT_METADATA
        e.error().description().contains('client_secret')

        where:
        problem                           | raw
        'it is absent'                    | null
        'it is empty'                     | ''
        'it has 7 characters'             | 'x' * 7
        'it has 513 characters'           | 'x' * 513
        'it holds a tab'                  | 'secret\tsecret'
        'it holds a newline'              | 'secret\nsecret'
        'it holds DEL'                    | 'secret\u007Fsecret'
        'it holds a non-ASCII character'  | 'sécret-sécret'
    }

    def "the error for a refused chosen secret does not echo it"() {
        when:
        ClientSecret.chosen('hunter2')

        then:
        def e = thrown(OAuthException)
        !e.error().description().contains('hunter2')
        !e.message.contains('hunter2')
    }

    def "a #kind secret never prints its value"() {
        expect:
        secret.toString() == 'ClientSecret[***]'
        !"$secret".contains(secret.value())

        where:
        kind        | secret
        'generated' | ClientSecret.generate(new byte[32])
        'chosen'    | ClientSecret.chosen('correct horse battery staple')
    }

    def "constructing a secret that is #problem is a programming error"() {
        when:
        new ClientSecret(raw, false)

        then:
        thrown(IllegalArgumentException)

        where:
        problem    | raw
        'empty'    | ''
        'too long' | 'x' * 513
    }
}
