package dev.portcullis.adapters.crypto.jose

import com.nimbusds.jose.JOSEObjectType
import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.JWSObject
import com.nimbusds.jose.Payload
import com.nimbusds.jose.crypto.ECDSASigner
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jose.jwk.ECKey
import com.nimbusds.jose.jwk.JWK
import dev.portcullis.application.fakes.FakeRandomness
import dev.portcullis.domain.key.KeySetName
import dev.portcullis.domain.key.SigningAlgorithm
import dev.portcullis.domain.key.SigningKey
import groovy.json.JsonSlurper
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.security.Signature
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.Executors

import static dev.portcullis.domain.key.SigningAlgorithm.ES256
import static dev.portcullis.domain.key.SigningAlgorithm.RS256

class NimbusTokenCodecSpec extends Specification {

    static final Instant NOW = Instant.parse('2030-01-01T00:00:00Z')

    // Keys are immutable and slow to generate, so the spec makes them once.
    @Shared
    KeySealer sealer = new KeySealer(KeySealerSpec.key(1), new FakeRandomness())
    @Shared
    NimbusKeyMaker maker = new NimbusKeyMaker(sealer, new FakeRandomness())
    @Shared
    Map<SigningAlgorithm, SigningKey> keys = [(RS256): maker.generate(KeySetName.ACCESS_TOKEN, RS256, NOW),
                                              (ES256): maker.generate(KeySetName.ACCESS_TOKEN, ES256, NOW)]
    @Shared
    Map<SigningAlgorithm, SigningKey> otherKeys = [(RS256): maker.generate(KeySetName.ACCESS_TOKEN, RS256, NOW),
                                                   (ES256): maker.generate(KeySetName.ACCESS_TOKEN, ES256, NOW)]

    def codec = new ClaimsCodec(new NimbusTokenCodec(sealer))

    def claims = [iss: 'https://issuer.example', sub: 'alice', aud: ['api', 'other'], exp: 1_893_456_000L,
                  iat: 1_893_455_700L, nbf: 1_893_455_700, client_id: 'app', scope: 'read write',
                  active: true, ratio: 0.5d, cnf: ['x5t#S256': 'abc', nested: [deep: [1, 'two', false]]]]

    def "a #algorithm token verifies with its key and gives back the claims"() {
        given:
        def key = keys[algorithm]

        when:
        def verified = codec.verify(codec.sign(key, 'at+jwt', claims), [key])

        then:
        verified.isPresent()
        verified.get() == claims

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "epoch-second claims come back as Long"() {
        given:
        def key = keys[ES256]

        when:
        def verified = codec.verify(codec.sign(key, 'at+jwt', claims), [key]).get()

        then:
        verified.exp instanceof Long
        verified.iat instanceof Long
        verified.nbf instanceof Long
        verified.exp == 1_893_456_000L
        verified.ratio == 0.5
        verified.aud instanceof List
        verified.cnf instanceof Map
    }

    def "verified claims are unmodifiable"() {
        given:
        def key = keys[ES256]
        def verified = codec.verify(codec.sign(key, 'at+jwt', claims), [key]).get()

        when:
        verified.put('sub', 'mallory')

        then:
        thrown(UnsupportedOperationException)
    }

    def "a #algorithm token's header carries alg, kid and typ"() {
        given:
        def key = keys[algorithm]

        when:
        def header = json(codec.sign(key, type, claims).split('\\.')[0])

        then:
        header == [alg: algorithm.wireName(), kid: key.kid().value(), typ: type]

        where:
        algorithm | type
        RS256     | 'at+jwt'
        ES256     | 'at+jwt'
        RS256     | 'JWT'
        ES256     | 'logout+jwt'
    }

    def "an ES256 signature is in the JOSE form, R and S concatenated, which a plain P1363 verifier accepts"() {
        given:
        def key = keys[ES256]
        def token = codec.sign(key, 'at+jwt', claims)
        def (header, payload, signature) = token.split('\\.')
        def verifier = Signature.getInstance('SHA256withECDSAinP1363Format')
        verifier.initVerify(ECKey.parse(new LinkedHashMap<String, Object>(key.publicJwk())).toECPublicKey())
        verifier.update("$header.$payload".getBytes(StandardCharsets.US_ASCII))

        expect:
        Base64.urlDecoder.decode(signature).length == 64
        verifier.verify(Base64.urlDecoder.decode(signature))
    }

    def "a #algorithm token with a tampered #part does not verify"() {
        given:
        def key = keys[algorithm]
        def parts = codec.sign(key, 'at+jwt', claims).split('\\.')
        parts[index] = tamper(parts[index])

        expect:
        codec.verify(parts.join('.'), [key]).isEmpty()

        where:
        algorithm | part        | index
        RS256     | 'header'    | 0
        RS256     | 'payload'   | 1
        RS256     | 'signature' | 2
        ES256     | 'header'    | 0
        ES256     | 'payload'   | 1
        ES256     | 'signature' | 2
    }

    def "a token whose payload was swapped for other claims does not verify"() {
        given:
        def key = keys[RS256]
        def parts = codec.sign(key, 'at+jwt', claims).split('\\.')
        parts[1] = Base64.urlEncoder.withoutPadding().encodeToString('{"sub":"admin"}'.bytes)

        expect:
        codec.verify(parts.join('.'), [key]).isEmpty()
    }

    def "a token whose kid names no given key does not verify"() {
        given:
        def token = codec.sign(keys[algorithm], 'at+jwt', claims)

        expect:
        codec.verify(token, [otherKeys[algorithm]]).isEmpty()
        codec.verify(token, []).isEmpty()

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "a token signed by one #algorithm key but naming another key's kid does not verify"() {
        given:
        def signedBy = keys[algorithm]
        def claimed = otherKeys[algorithm]
        def forged = nimbusSign(signedBy, new JWSHeader.Builder(JWSAlgorithm.parse(algorithm.wireName()))
                .keyID(claimed.kid().value()).type(new JOSEObjectType('at+jwt')).build())

        expect:
        codec.verify(forged, [signedBy, claimed]).isEmpty()

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "an unsigned token with alg none does not verify"() {
        given:
        def key = keys[RS256]
        def header = encode("""{"alg":"none","kid":"${key.kid().value()}","typ":"at+jwt"}""")
        def payload = encode('{"sub":"admin"}')

        expect:
        codec.verify("$header.$payload.".toString(), [key]).isEmpty()
        codec.verify("$header.$payload".toString(), [key]).isEmpty()
        codec.verify("$header.$payload.${codec.sign(key, 'at+jwt', claims).split('\\.')[2]}".toString(), [key]).isEmpty()
    }

    def "an HS256 token keyed with the RSA key's public modulus does not verify"() {
        given:
        def key = keys[RS256]
        def token = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.kid().value()).build(),
                new Payload('{"sub":"admin"}'))
        token.sign(new MACSigner(key.publicJwk().n.getBytes(StandardCharsets.US_ASCII)))

        expect:
        codec.verify(token.serialize(), [key]).isEmpty()
    }

    def "a token whose alg differs from its key's does not verify"() {
        given:
        def es256 = keys[ES256]
        def rs256Token = codec.sign(keys[RS256], 'at+jwt', claims)
        def parts = rs256Token.split('\\.')
        parts[0] = encode("""{"alg":"RS256","kid":"${es256.kid().value()}","typ":"at+jwt"}""")

        expect:
        codec.verify(parts.join('.'), [es256]).isEmpty()
    }

    def "an older key's token still verifies once a newer key joins the set"() {
        given:
        def older = keys[RS256]
        def newer = maker.generate(KeySetName.ACCESS_TOKEN, ES256, NOW.plusSeconds(60))
        def token = codec.sign(older, 'at+jwt', claims)

        expect:
        codec.verify(token, [newer, older]).get() == claims
        codec.verify(codec.sign(newer, 'at+jwt', claims), [newer, older]).get() == claims
    }

    def "a key replaced under the same kid signs and verifies with its own material, not the cached one"() {
        given: 'two key pairs that share a kid, as fresh makers with the same randomness give'
        def first = new NimbusKeyMaker(sealer, new FakeRandomness()).generate(KeySetName.ID_TOKEN, algorithm, NOW)
        def second = new NimbusKeyMaker(sealer, new FakeRandomness()).generate(KeySetName.ID_TOKEN, algorithm, NOW)
        assert first.kid() == second.kid() && first.publicJwk() != second.publicJwk()

        when:
        def byFirst = codec.sign(first, 'JWT', claims)
        def bySecond = codec.sign(second, 'JWT', claims)

        then:
        codec.verify(byFirst, [first]).isPresent()
        codec.verify(bySecond, [second]).isPresent()
        codec.verify(bySecond, [first]).isEmpty()
        codec.verify(byFirst, [second]).isEmpty()

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "#description never verifies and never throws"() {
        expect:
        codec.verify(token, [keys[RS256], keys[ES256]]).isEmpty()

        where:
        description                     | token
        'null'                          | null
        'an empty string'               | ''
        'three empty parts'             | '..'
        'three letters'                 | 'a.b.c'
        'random text'                   | 'Zm9v bar!!\u0000 ~~ \u00e9'
        'a single segment'              | encode('{"alg":"RS256"}')
        'a header that is not JSON'     | encode('not json') + '.' + encode('{}') + '.AAAA'
        'a header that is a JSON array' | encode('[1,2]') + '.' + encode('{}') + '.AAAA'
        'a header without alg'          | encode('{"kid":"x"}') + '.' + encode('{}') + '.AAAA'
        'a header with a numeric kid'   | encode('{"alg":"RS256","kid":5}') + '.' + encode('{}') + '.AAAA'
        'a JWE-shaped string'           | 'a.b.c.d.e'
        'an overly long token'          | 'a' * (NimbusTokenCodec.MAX_TOKEN_LENGTH + 1)
    }

    def "garbage random strings never verify and never throw"() {
        given:
        def random = new Random(7)
        def alphabet = ('A'..'Z') + ('a'..'z') + ('0'..'9') + ['-', '_', '.', '.', '.']

        expect:
        (1..500).every {
            def token = (1..random.nextInt(200)).collect { alphabet[random.nextInt(alphabet.size())] }.join()
            codec.verify(token, [keys[RS256], keys[ES256]]).isEmpty()
        }
    }

    def "a signed payload that is not a JSON object does not verify"() {
        given:
        def key = keys[ES256]
        def token = nimbusSign(key, new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.kid().value()).build(),
                '["not", "an", "object"]')

        expect:
        codec.verify(token, [key]).isEmpty()
    }

    def "a token with an unknown critical header does not verify"() {
        given:
        def key = keys[ES256]
        def token = nimbusSign(key, new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.kid().value())
                .criticalParams(['exp-policy'] as Set).customParam('exp-policy', 'lax').build())

        expect:
        codec.verify(token, [key]).isEmpty()
    }

    def "tokens signed with one key from many threads at once all verify"() {
        given:
        def key = keys[algorithm]
        def pool = Executors.newFixedThreadPool(8)

        when:
        def tokens = (1..32).collect { i ->
            pool.submit({ codec.sign(key, 'at+jwt', [sub: "user-$i".toString()]) } as Callable<String>)
        }*.get()

        then:
        tokens.withIndex().every { token, i -> codec.verify(token, [key]).get().sub == "user-${i + 1}" }

        cleanup:
        pool.shutdownNow()

        where:
        algorithm << SigningAlgorithm.values()
    }

    def "a claim that is not a plain JSON value is refused"() {
        when:
        codec.sign(keys[ES256], 'at+jwt', [sub: 'alice', exp: value])

        then:
        thrown(IllegalArgumentException)

        where:
        value << [NOW, new Object(), [when: NOW], [NOW], Double.NaN, null]
    }

    def "a blank token type is refused"() {
        when:
        codec.sign(keys[ES256], ' ', claims)

        then:
        thrown(IllegalArgumentException)
    }

    def "a key that does not open with this codec's sealer cannot sign"() {
        given:
        def foreignSealer = new KeySealer(KeySealerSpec.key(9), new FakeRandomness())
        def foreign = new NimbusKeyMaker(foreignSealer, new FakeRandomness()).generate(KeySetName.ID_TOKEN, ES256, NOW)

        when:
        codec.sign(foreign, 'JWT', claims)

        then:
        thrown(IllegalStateException)
    }

    def "a token signed by one codec verifies in another with the same keys"() {
        given:
        def key = keys[algorithm]

        expect:
        new ClaimsCodec(new NimbusTokenCodec(sealer, Optional.empty())).verify(codec.sign(key, 'at+jwt', claims), [key]).get() == claims

        where:
        algorithm << SigningAlgorithm.values()
    }

    private String nimbusSign(SigningKey key, JWSHeader header, String payload = '{"sub":"admin"}') {
        def jwk = JWK.parse(sealer.open(key.set(), key.kid(), key.sealedPrivate()))
        def signer = key.algorithm() == RS256 ? new RSASSASigner(jwk.toRSAKey()) : new ECDSASigner(jwk.toECKey())
        def jws = new JWSObject(header, new Payload(payload))
        jws.sign(signer)
        jws.serialize()
    }

    private static String tamper(String part) {
        def middle = part.length().intdiv(2)
        def flipped = part[middle] == 'A' ? 'B' : 'A'
        part.substring(0, middle) + flipped + part.substring(middle + 1)
    }

    private static String encode(String json) {
        Base64.urlEncoder.withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8))
    }

    private static Map json(String base64url) {
        new JsonSlurper().parse(Base64.urlDecoder.decode(base64url)) as Map
    }
}
