package dev.portcullis.adapters.crypto.jose

import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import spock.lang.Requires
import spock.lang.Specification

import java.time.Instant

class NativeProvidersSpec extends Specification {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')

    def "a provider class that is not on the class path gives no provider"() {
        expect:
        NativeProviders.healthy('com.example.NoSuchProvider').isEmpty()
    }

    def "a class that is not a provider gives no provider"() {
        expect:
        NativeProviders.healthy('java.lang.String').isEmpty()
    }

    // The dependency ships the x86-64 Linux library only; elsewhere the codec falls back to the JDK.
    @Requires({ os.linux && System.getProperty('os.arch') == 'amd64' })
    def "Amazon Corretto Crypto Provider loads and passes its self-tests here"() {
        expect:
        NativeProviders.amazonCorretto().map { it.getName() }.orElse('none') == 'AmazonCorrettoCryptoProvider'
    }

    @Requires({ os.linux && System.getProperty('os.arch') == 'amd64' })
    def "#algorithm tokens signed through the native provider verify with the JDK's, and the other way round"() {
        given:
        def sealer = new KeySealer(KeySealerSpec.key(1), new FakeRandomness())
        def key = new NimbusKeyMaker(sealer, new FakeRandomness()).generate(KeySetName.ID_TOKEN, algorithm, NOW)
        def provider = NativeProviders.amazonCorretto()
        def viaNative = new ClaimsCodec(new NimbusTokenCodec(sealer, provider))
        def jdk = new ClaimsCodec(new NimbusTokenCodec(sealer))
        def claims = [sub: 'alice', exp: 1_893_456_000L]

        when:
        def nativeToken = viaNative.sign(key, 'at+jwt', claims)

        then:
        provider.isPresent()
        jdk.verify(nativeToken, [key]).get() == claims
        viaNative.verify(nativeToken, [key]).get() == claims
        viaNative.verify(jdk.sign(key, 'at+jwt', claims), [key]).get() == claims
        Base64.urlDecoder.decode(nativeToken.split('\\.')[2]).length == signatureBytes

        where:
        algorithm              | signatureBytes
        SigningAlgorithm.RS256 | 256
        SigningAlgorithm.ES256 | 64 // JOSE R || S, not DER
    }

    @Requires({ os.linux && System.getProperty('os.arch') == 'amd64' })
    def "a tampered #algorithm token does not verify through the native provider"() {
        given:
        def sealer = new KeySealer(KeySealerSpec.key(1), new FakeRandomness())
        def key = new NimbusKeyMaker(sealer, new FakeRandomness()).generate(KeySetName.ID_TOKEN, algorithm, NOW)
        def viaNative = new ClaimsCodec(new NimbusTokenCodec(sealer, NativeProviders.amazonCorretto()))
        def parts = viaNative.sign(key, 'at+jwt', [sub: 'alice']).split('\\.')
        parts[1] = Base64.urlEncoder.withoutPadding().encodeToString('{"sub":"admin"}'.bytes)

        expect:
        viaNative.verify(parts.join('.'), [key]).isEmpty()

        where:
        algorithm << SigningAlgorithm.values()
    }
}
