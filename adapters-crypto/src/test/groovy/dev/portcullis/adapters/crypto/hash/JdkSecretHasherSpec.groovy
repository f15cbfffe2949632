package dev.portcullis.adapters.crypto.hash

import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.domain.client.ClientSecret
import dev.portcullis.domain.client.HashedSecret
import spock.lang.Specification

class JdkSecretHasherSpec extends Specification {

    // Low on purpose so the specs stay fast; production uses DEFAULT_PBKDF2_ITERATIONS.
    static final int FAST_ITERATIONS = 1000
    static final String SALT = 'c2FsdHNhbHRzYWx0c2FsdA' // 16 bytes
    static final String KEY = 'A' * 43                  // 32 bytes

    def randomness = new FakeRandomness()
    def hasher = new JdkSecretHasher(pepper(1), FAST_ITERATIONS, randomness)

    def "a generated secret verifies against its own hash"() {
        given:
        def secret = generatedSecret()

        expect:
        hasher.verify(secret.value(), hasher.hash(secret))
    }

    def "a chosen secret verifies against its own hash"() {
        given:
        def secret = ClientSecret.chosen('correct horse battery staple')

        expect:
        hasher.verify(secret.value(), hasher.hash(secret))
    }

    def "a wrong #kind secret is refused"() {
        given:
        def stored = hasher.hash(secret)

        expect:
        !hasher.verify(secret.value() + 'x', stored)
        !hasher.verify(secret.value().toUpperCase(), stored)

        where:
        kind        | secret
        'generated' | ClientSecret.generate(new FakeRandomness().nextBytes(ClientSecret.GENERATED_BYTES))
        'chosen'    | ClientSecret.chosen('correct horse battery staple')
    }

    def "a generated secret is stored under the keyed fast hash"() {
        expect:
        hasher.hash(generatedSecret()).encoded() ==~ '\\$hmac-sha256\\$[A-Za-z0-9_-]{43}'
    }

    def "a chosen secret is stored under the salted slow hash with its iteration count"() {
        expect:
        hasher.hash(ClientSecret.chosen('correct horse battery staple')).encoded() ==~
                '\\$pbkdf2-sha256\\$i=1000\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}'
    }

    def "only the salted slow hash is slow to verify"() {
        expect:
        hasher.isSlow(hasher.hash(ClientSecret.chosen('correct horse battery staple')))
        !hasher.isSlow(hasher.hash(generatedSecret()))
    }

    def "the same chosen secret hashed twice gives different encodings that both verify"() {
        given:
        def secret = ClientSecret.chosen('correct horse battery staple')

        when:
        def first = hasher.hash(secret)
        def second = hasher.hash(secret)

        then:
        first.encoded() != second.encoded()
        hasher.verify(secret.value(), first)
        hasher.verify(secret.value(), second)
    }

    def "a generated secret's hash does not verify under a different pepper"() {
        given:
        def secret = generatedSecret()
        def stored = hasher.hash(secret)

        expect:
        !new JdkSecretHasher(pepper(2), FAST_ITERATIONS, randomness).verify(secret.value(), stored)
    }

    def "a hash made with fewer iterations still verifies after the count is raised"() {
        given:
        def secret = ClientSecret.chosen('correct horse battery staple')
        def stored = hasher.hash(secret)

        expect:
        stored.encoded().startsWith('$pbkdf2-sha256$i=1000$')
        new JdkSecretHasher(pepper(1), FAST_ITERATIONS * 3, randomness).verify(secret.value(), stored)
    }

    def "the default iteration count follows OWASP's 600,000 and is written into the hash"() {
        given:
        def defaultHasher = new JdkSecretHasher(pepper(1), JdkSecretHasher.DEFAULT_PBKDF2_ITERATIONS, randomness)

        expect:
        JdkSecretHasher.DEFAULT_PBKDF2_ITERATIONS == 600_000
        defaultHasher.hash(ClientSecret.chosen('correct horse battery staple')).encoded()
                .startsWith('$pbkdf2-sha256$i=600000$')
    }

    def "a tampered #scheme hash does not verify"() {
        given:
        def stored = hasher.hash(secret).encoded()
        def flipped = stored[-1] == 'A' ? 'B' : 'A'

        expect:
        !hasher.verify(secret.value(), new HashedSecret(stored[0..-2] + flipped))

        where:
        scheme          | secret
        'hmac-sha256'   | ClientSecret.generate(new FakeRandomness().nextBytes(ClientSecret.GENERATED_BYTES))
        'pbkdf2-sha256' | ClientSecret.chosen('correct horse battery staple')
    }

    def "a stored value that is #problem never verifies"() {
        expect:
        !hasher.verify('correct horse battery staple', new HashedSecret(stored))

        where:
        problem                           | stored
        'of an unknown scheme'            | '$md5$abc'
        'without a scheme'                | 'plain'
        'a scheme prefix alone'           | '$pbkdf2-sha256$'
        'a non-numeric iteration count'   | '$pbkdf2-sha256$i=x$a$b'
        'a signed iteration count'        | "\$pbkdf2-sha256\$i=+5\$$SALT\$$KEY"
        'a negative iteration count'      | "\$pbkdf2-sha256\$i=-5\$$SALT\$$KEY"
        'zero iterations'                 | "\$pbkdf2-sha256\$i=0\$$SALT\$$KEY"
        'an absurd iteration count'       | "\$pbkdf2-sha256\$i=10000001\$$SALT\$$KEY"
        'an overflowing iteration count'  | "\$pbkdf2-sha256\$i=99999999999\$$SALT\$$KEY"
        'missing the iterations label'    | "\$pbkdf2-sha256\$1000\$$SALT\$$KEY"
        'missing the derived key'         | "\$pbkdf2-sha256\$i=1000\$$SALT"
        'carrying an extra field'         | "\$pbkdf2-sha256\$i=1000\$$SALT\$$KEY\$x"
        'a salt of the wrong length'      | "\$pbkdf2-sha256\$i=1000\$AAAA\$$KEY"
        'a key of the wrong length'       | "\$pbkdf2-sha256\$i=1000\$$SALT\$AAAA"
        'a salt that is not base64url'    | "\$pbkdf2-sha256\$i=1000\$${'!' * 22}\$$KEY"
        'a digest that is not base64url'  | '$hmac-sha256$!!!'
        'an empty digest'                 | '$hmac-sha256$'
        'a digest of the wrong length'    | '$hmac-sha256$AAAA'
    }

    def "a #presented presented secret never verifies"() {
        given:
        def stored = hasher.hash(ClientSecret.chosen('correct horse battery staple'))

        expect:
        !hasher.verify(value, stored)

        where:
        presented   | value
        'missing'   | null
        'empty'     | ''
        'too long'  | 'x' * (ClientSecret.MAX_LENGTH + 1)
    }

    def "a pepper of #length bytes is refused"() {
        when:
        new JdkSecretHasher(new byte[length], FAST_ITERATIONS, randomness)

        then:
        thrown(IllegalArgumentException)

        where:
        length << [0, 16, JdkSecretHasher.MIN_PEPPER_BYTES - 1]
    }

    def "an iteration count of #iterations is refused"() {
        when:
        new JdkSecretHasher(pepper(1), iterations, randomness)

        then:
        thrown(IllegalArgumentException)

        where:
        iterations << [0, -1, JdkSecretHasher.MAX_PBKDF2_ITERATIONS + 1]
    }

    def "the stored hash never prints"() {
        given:
        def stored = hasher.hash(generatedSecret())

        expect:
        !stored.toString().contains(stored.encoded())
    }

    private ClientSecret generatedSecret() {
        ClientSecret.generate(randomness.nextBytes(ClientSecret.GENERATED_BYTES))
    }

    private static byte[] pepper(int seed) {
        def bytes = new byte[JdkSecretHasher.MIN_PEPPER_BYTES]
        new Random(seed).nextBytes(bytes)
        bytes
    }
}
