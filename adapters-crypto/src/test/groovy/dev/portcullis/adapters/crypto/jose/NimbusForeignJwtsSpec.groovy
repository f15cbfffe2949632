package dev.portcullis.adapters.crypto.jose

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.JWSObject
import com.nimbusds.jose.Payload
import com.nimbusds.jose.crypto.ECDSASigner
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jose.jwk.Curve
import com.nimbusds.jose.jwk.ECKey
import com.nimbusds.jose.jwk.JWK
import com.nimbusds.jose.jwk.RSAKey
import com.nimbusds.jose.jwk.gen.ECKeyGenerator
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator
import dev.portcullis.application.port.ForeignJwts.PublicJwk
import dev.portcullis.domain.client.JsonDocument
import groovy.json.JsonOutput
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.security.KeyPairGenerator
import java.security.Signature
import java.security.interfaces.RSAPublicKey
import java.util.concurrent.Callable
import java.util.concurrent.Executors

import static com.nimbusds.jose.JWSAlgorithm.ES256
import static com.nimbusds.jose.JWSAlgorithm.ES384
import static com.nimbusds.jose.JWSAlgorithm.ES512
import static com.nimbusds.jose.JWSAlgorithm.HS256
import static com.nimbusds.jose.JWSAlgorithm.PS256
import static com.nimbusds.jose.JWSAlgorithm.PS384
import static com.nimbusds.jose.JWSAlgorithm.PS512
import static com.nimbusds.jose.JWSAlgorithm.RS256
import static com.nimbusds.jose.JWSAlgorithm.RS384
import static com.nimbusds.jose.JWSAlgorithm.RS512

class NimbusForeignJwtsSpec extends Specification {

    // Keys are immutable and slow to generate, so the spec makes them once.
    @Shared
    RSAKey rsa = new RSAKeyGenerator(2048).keyID('rsa-1').generate()
    @Shared
    RSAKey otherRsa = new RSAKeyGenerator(2048).keyID('rsa-2').generate()
    @Shared
    ECKey p256 = new ECKeyGenerator(Curve.P_256).keyID('ec-256').generate()
    @Shared
    ECKey otherP256 = new ECKeyGenerator(Curve.P_256).keyID('ec-256-2').generate()
    @Shared
    ECKey p384 = new ECKeyGenerator(Curve.P_384).keyID('ec-384').generate()
    @Shared
    ECKey p521 = new ECKeyGenerator(Curve.P_521).keyID('ec-521').generate()
    @Shared
    RSAPublicKey weakRsa = KeyPairGenerator.getInstance('RSA').with { initialize(1024); generateKeyPair().public as RSAPublicKey }

    def jwts = new NimbusForeignJwts()

    def claims = [iss: 'https://partner.example.com', sub: 'alice', aud: ['https://auth.example.com/oauth2/token'],
                  exp: 1_893_456_300L, iat: 1_893_456_000L, jti: 'assertion-1', ratio: 0.5d, nested: [deep: [1, 'two', false]]]

    /** A compact JWS of {@code payload} signed with {@code key}, naming {@code kid} (none when null). */
    static String sign(JWK key, JWSAlgorithm algorithm, Object payload, String kid = key.keyID) {
        def jws = new JWSObject(new JWSHeader.Builder(algorithm).keyID(kid).build(),
                new Payload(payload instanceof String ? payload : JsonOutput.toJson(payload)))
        jws.sign(key instanceof RSAKey ? new RSASSASigner(key as RSAKey) : new ECDSASigner(key as ECKey))
        jws.serialize()
    }

    /** The port's view of the public half of {@code key}, with {@code changes} to its members. */
    static PublicJwk trusted(JWK key, Map changes = [:]) {
        new PublicJwk(key.keyID, new JsonDocument(key.toPublicJWK().toJSONObject() + changes))
    }

    static Map<String, Object> publicMembers(JWK key, Map changes = [:]) {
        (key.toPublicJWK().toJSONObject() + changes).findAll { name, value -> value != null }
    }

    static String encode(String text) {
        Base64.urlEncoder.withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8))
    }

    static String encode(byte[] bytes) {
        Base64.urlEncoder.withoutPadding().encodeToString(bytes)
    }

    private static String tamper(String part) {
        def middle = part.length().intdiv(2)
        part.substring(0, middle) + (part[middle] == 'A' ? 'B' : 'A') + part.substring(middle + 1)
    }

    private JWK key(String name) {
        [rsa: rsa, otherRsa: otherRsa, p256: p256, otherP256: otherP256, p384: p384, p521: p521][name]
    }

    // ---- read ----

    def "a #algorithm token is read with its kid, alg and claims, before any signature check"() {
        when:
        def jwt = jwts.read(sign(key(signer), algorithm, claims)).orElseThrow()

        then:
        jwt.keyId() == Optional.of(key(signer).keyID)
        jwt.algorithm() == algorithm.name
        jwt.claims() == new JsonDocument(claims)
        jwt.claims().members().exp instanceof Long

        where:
        algorithm | signer
        RS256     | 'rsa'
        PS512     | 'rsa'
        ES256     | 'p256'
        ES384     | 'p384'
    }

    def "a token without kid is read without one"() {
        expect:
        jwts.read(sign(p256, ES256, claims, null)).orElseThrow().keyId().isEmpty()
    }

    def "a token signed with a key nobody trusts is still read: reading checks no signature"() {
        expect:
        jwts.read(sign(otherRsa, RS256, claims, 'rsa-1')).orElseThrow().keyId() == Optional.of('rsa-1')
    }

    def "a well-formed token of 15 KB is read"() {
        given:
        def token = sign(p256, ES256, claims + [padding: 'x' * 11_000])
        assert token.length() in 14_000..16_384

        expect:
        jwts.read(token).isPresent()
    }

    def "#description is not read, and nothing is thrown"() {
        expect:
        jwts.read(token).isEmpty()

        where:
        description                       | token
        'null'                            | null
        'an empty string'                 | ''
        'three empty parts'               | '..'
        'three parts of junk'             | 'junk.more junk!.~~~'
        'three base64url words'           | 'abc.def.ghi'
        'random text'                     | 'Zm9v bar!!\u0000 ~~ \u00e9'
        'a single segment'                | encode('{"alg":"ES256"}')
        'a header that is not JSON'       | encode('not json') + '.' + encode('{}') + '.AAAA'
        'a header that is a JSON array'   | encode('[1,2]') + '.' + encode('{}') + '.AAAA'
        'a header without alg'            | encode('{"kid":"x"}') + '.' + encode('{}') + '.AAAA'
        'a header with a numeric kid'     | encode('{"alg":"ES256","kid":5}') + '.' + encode('{}') + '.AAAA'
        'an unsecured token (alg none)'   | encode('{"alg":"none"}') + '.' + encode('{"sub":"admin"}') + '.'
        'claims that are not JSON'        | encode('{"alg":"ES256"}') + '.' + encode('{"sub":') + '.AAAA'
        'claims that are a JSON array'    | encode('{"alg":"ES256"}') + '.' + encode('["sub"]') + '.AAAA'
        'claims that are a JSON string'   | encode('{"alg":"ES256"}') + '.' + encode('"sub"') + '.AAAA'
        'a JWE-shaped string'             | 'a.b.c.d.e'
        'a well-formed token over 16 KB'  | sign(new ECKeyGenerator(Curve.P_256).keyID('k').generate(), ES256, [padding: 'x' * 13_000])
        'seventeen kilobytes of junk'     | 'a.' + 'b' * (17 * 1024) + '.c'
    }

    def "random strings are never read as tokens, and nothing is thrown"() {
        given:
        def random = new Random(11)
        def alphabet = ('A'..'Z') + ('a'..'z') + ('0'..'9') + ['-', '_', '.', '.', '.']

        expect:
        (1..500).every {
            def token = (1..random.nextInt(200)).collect { alphabet[random.nextInt(alphabet.size())] }.join()
            jwts.read(token).isEmpty() && !jwts.verifies(token, trusted(p256))
        }
    }

    // ---- verifies ----

    def "a #algorithm token verifies with the public half of the key that signed it"() {
        expect:
        jwts.verifies(sign(key(signer), algorithm, claims), trusted(key(signer)))

        where:
        algorithm | signer
        RS256     | 'rsa'
        RS384     | 'rsa'
        RS512     | 'rsa'
        PS256     | 'rsa'
        PS384     | 'rsa'
        PS512     | 'rsa'
        ES256     | 'p256'
        ES384     | 'p384'
        ES512     | 'p521'
    }

    def "a token without kid verifies with the key that signed it"() {
        expect:
        jwts.verifies(sign(rsa, RS256, claims, null), trusted(rsa))
    }

    def "a #algorithm token does not verify with another key of the same kind"() {
        expect:
        !jwts.verifies(sign(key(signer), algorithm, claims), trusted(key(other)))

        where:
        algorithm | signer | other
        RS256     | 'rsa'  | 'otherRsa'
        PS256     | 'rsa'  | 'otherRsa'
        ES256     | 'p256' | 'otherP256'
    }

    def "a #algorithm token does not verify with a key whose alg is #keyAlgorithm"() {
        expect:
        !jwts.verifies(sign(key(signer), algorithm, claims), trusted(key(signer), [alg: keyAlgorithm]))

        and: 'the same token verifies when the key names its algorithm'
        jwts.verifies(sign(key(signer), algorithm, claims), trusted(key(signer), [alg: algorithm.name]))

        where:
        algorithm | signer | keyAlgorithm
        RS512     | 'rsa'  | 'RS256'
        RS256     | 'rsa'  | 'PS256'
        PS256     | 'rsa'  | 'RS256'
        ES256     | 'p256' | 'ES384'
    }

    def "a token whose header names ES384 does not verify with a P-256 key, even signed with it"() {
        given: 'a P-256 signature over SHA-384, which ECDSASigner would not make'
        def signingInput = encode("""{"alg":"ES384","kid":"ec-256"}""") + '.' + encode(JsonOutput.toJson(claims))
        def signer = Signature.getInstance('SHA384withECDSAinP1363Format')
        signer.initSign(p256.toECPrivateKey())
        signer.update(signingInput.getBytes(StandardCharsets.US_ASCII))
        def token = signingInput + '.' + encode(signer.sign())

        expect:
        jwts.read(token).orElseThrow().algorithm() == 'ES384'
        !jwts.verifies(token, trusted(p256))
    }

    def "an ES384 token does not verify with a P-256 key nor an ES256 token with a P-384 key"() {
        expect:
        !jwts.verifies(sign(p384, ES384, claims), trusted(p256))
        !jwts.verifies(sign(p256, ES256, claims), trusted(p384))
    }

    def "a token of one key type does not verify with a key of the other (#description)"() {
        expect:
        !jwts.verifies(token, key)

        where:
        description                                | token                                  | key
        'RS256 token, EC key'                      | sign(rsa, RS256, [sub: 'alice'])       | trusted(p256)
        'ES256 token, RSA key'                     | sign(p256, ES256, [sub: 'alice'])      | trusted(rsa)
        'RS256 header on an ES256 signature'       | retitled(sign(p256, ES256, [sub: 'a']), RS256, 'ec-256') | trusted(p256)
        'ES256 header on an RS256 signature'       | retitled(sign(rsa, RS256, [sub: 'a']), ES256, 'rsa-1')   | trusted(rsa)
    }

    /** The token with its header swapped for one naming {@code algorithm}. */
    static String retitled(String token, JWSAlgorithm algorithm, String kid) {
        def parts = token.split('\\.')
        parts[0] = encode("""{"alg":"${algorithm.name}","kid":"$kid"}""")
        parts.join('.')
    }

    def "an HS256 token keyed with the public key's #member does not verify"() {
        given:
        def jwk = key(holder)
        def secret = (jwk.toPublicJWK().toJSONObject()[member] as String).getBytes(StandardCharsets.US_ASCII)
        def token = new JWSObject(new JWSHeader.Builder(HS256).keyID(jwk.keyID).build(), new Payload('{"sub":"admin"}'))
        token.sign(new MACSigner(secret))

        expect:
        !jwts.verifies(token.serialize(), trusted(jwk))
        !jwts.verifies(token.serialize(), trusted(jwk, [alg: 'HS256']))

        where:
        holder | member
        'rsa'  | 'n'
        'p256' | 'x'
    }

    def "an HS256 token keyed with the public JWK's JSON does not verify"() {
        given:
        def secret = rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)
        def token = new JWSObject(new JWSHeader.Builder(HS256).keyID('rsa-1').build(), new Payload('{"sub":"admin"}'))
        token.sign(new MACSigner(secret))

        expect:
        !jwts.verifies(token.serialize(), trusted(rsa))
    }

    // ---- readUnsecured ----

    def "an unsecured token (alg none) is read with its claims"() {
        expect:
        jwts.readUnsecured("${encode('{"alg":"none"}')}.${encode('{"client_id":"app","max_age":60}')}.".toString())
                .get().members() == [client_id: 'app', max_age: 60L]
    }

    def "#description is not read as an unsecured token"() {
        expect:
        jwts.readUnsecured(token).isEmpty()

        where:
        description                         | token
        'a signed token'                    | sign(rsa, RS256, [sub: 'x'])
        'alg none with a signature part'    | "${encode('{"alg":"none"}')}.${encode('{"sub":"x"}')}.${encode('sig')}".toString()
        'alg none without a third part'     | "${encode('{"alg":"none"}')}.${encode('{"sub":"x"}')}".toString()
        'alg none whose payload is no object' | "${encode('{"alg":"none"}')}.${encode('[1]')}.".toString()
        'garbage'                           | 'not-a-jwt'
        'nothing'                           | ''
    }

    def "an unsecured token is not read as a signed one"() {
        expect:
        jwts.read("${encode('{"alg":"none"}')}.${encode('{"sub":"x"}')}.".toString()).isEmpty()
    }

    def "an unsecured token (alg none) does not verify, with or without a signature part"() {
        given:
        def header = encode('{"alg":"none","kid":"rsa-1"}')
        def payload = encode('{"sub":"admin"}')
        def signature = sign(rsa, RS256, [sub: 'admin']).split('\\.')[2]

        expect:
        !jwts.verifies("$header.$payload.".toString(), trusted(rsa))
        !jwts.verifies("$header.$payload".toString(), trusted(rsa))
        !jwts.verifies("$header.$payload.$signature".toString(), trusted(rsa))
        !jwts.verifies("$header.$payload.".toString(), trusted(rsa, [alg: 'none']))
    }

    def "a #algorithm token with a tampered #part does not verify"() {
        given:
        def parts = sign(key(signer), algorithm, claims).split('\\.')
        parts[index] = tamper(parts[index])

        expect:
        !jwts.verifies(parts.join('.'), trusted(key(signer)))

        where:
        algorithm | signer | part        | index
        RS256     | 'rsa'  | 'header'    | 0
        RS256     | 'rsa'  | 'payload'   | 1
        RS256     | 'rsa'  | 'signature' | 2
        ES256     | 'p256' | 'header'    | 0
        ES256     | 'p256' | 'payload'   | 1
        ES256     | 'p256' | 'signature' | 2
    }

    def "a token whose payload was swapped for other claims does not verify"() {
        given:
        def parts = sign(p256, ES256, claims).split('\\.')
        parts[1] = encode('{"sub":"admin","iss":"https://partner.example.com"}')

        expect:
        !jwts.verifies(parts.join('.'), trusted(p256))
    }

    def "a token with an unknown critical header does not verify"() {
        given:
        def jws = new JWSObject(new JWSHeader.Builder(ES256).keyID('ec-256').criticalParams(['exp-policy'] as Set)
                .customParam('exp-policy', 'lax').build(), new Payload('{"sub":"alice"}'))
        jws.sign(new ECDSASigner(p256))

        expect:
        !jwts.verifies(jws.serialize(), trusted(p256))
    }

    def "a well-formed token over 16 KB does not verify"() {
        expect:
        !jwts.verifies(sign(p256, ES256, [padding: 'x' * 13_000]), trusted(p256))
    }

    def "#description never verifies and never throws"() {
        expect:
        !jwts.verifies(token, trusted(rsa))
        !jwts.verifies(token, trusted(p256))

        where:
        description                | token
        'null'                     | null
        'an empty string'          | ''
        'three empty parts'        | '..'
        'three parts of junk'      | 'junk.more junk!.~~~'
        'a JWE-shaped string'      | 'a.b.c.d.e'
        'seventeen kilobytes'      | 'a.' + 'b' * (17 * 1024) + '.c'
    }

    def "a valid token does not verify with a key that is #problem, and nothing is thrown"() {
        given:
        def token = sign(p256, ES256, claims)

        expect:
        !jwts.verifies(token, new PublicJwk('ec-256', new JsonDocument(members)))

        where:
        problem              | members
        'empty'              | [:]
        'symmetric'          | [kty: 'oct', k: encode('secret' * 6)]
        'of an unknown type' | [kty: 'FOO', kid: 'ec-256']
        'missing its y'      | publicMembers(p256, [y: null])
        'off its curve'      | publicMembers(p256, [x: publicMembers(otherP256).x])
    }

    def "a valid token verifies with the same key from many threads at once"() {
        given:
        def token = sign(rsa, PS256, claims)
        def key = trusted(rsa)

        def pool = Executors.newFixedThreadPool(8)

        when:
        def outcomes = (1..64).collect { pool.submit({ jwts.verifies(token, key) } as Callable<Boolean>) }*.get()

        then:
        outcomes == [true] * 64

        cleanup:
        pool.shutdownNow()
    }

    // ---- publicKey ----

    def "a public #kind JWK with a kid is trusted as its public members"() {
        given:
        def jwk = publicMembers(key(holder))

        when:
        def trusted = jwts.publicKey(new JsonDocument(jwk)).orElseThrow()

        then:
        trusted.keyId() == key(holder).keyID
        trusted.members() == new JsonDocument(jwk)

        where:
        kind       | holder
        'RSA 2048' | 'rsa'
        'EC P-256' | 'p256'
        'EC P-384' | 'p384'
        'EC P-521' | 'p521'
    }

    def "the trusted key keeps only the JWK's public members"() {
        given:
        def jwk = publicMembers(rsa) + [use: 'sig', alg: 'RS256', note: 'from the partner', ext: true]

        when:
        def members = jwts.publicKey(new JsonDocument(jwk)).orElseThrow().members().members()

        then:
        members.kid == 'rsa-1'
        members.n == publicMembers(rsa).n
        members.e == publicMembers(rsa).e
        members.alg == 'RS256'
        members.use == 'sig'
        members.keySet() == ['kty', 'kid', 'use', 'alg', 'n', 'e'] as Set
    }

    def "a public key naming a fitting alg (#alg) is trusted"() {
        expect:
        jwts.publicKey(new JsonDocument(publicMembers(key(holder), [alg: alg]))).isPresent()

        where:
        holder | alg
        'rsa'  | 'RS256'
        'rsa'  | 'RS512'
        'rsa'  | 'PS256'
        'p256' | 'ES256'
        'p384' | 'ES384'
        'p521' | 'ES512'
    }

    def "a private #kind JWK is refused"() {
        expect:
        jwts.publicKey(new JsonDocument(key(holder).toJSONObject())).isEmpty()

        where:
        kind       | holder
        'RSA'      | 'rsa'
        'EC P-256' | 'p256'
        'EC P-384' | 'p384'
    }

    def "a public JWK with a private member #member added is refused"() {
        expect:
        jwts.publicKey(new JsonDocument(publicMembers(key(holder), [(member): key(holder).toJSONObject()[member]]))).isEmpty()

        where:
        holder | member
        'rsa'  | 'd'
        'rsa'  | 'p'
        'p256' | 'd'
    }

    def "a JWK that #problem is refused, and nothing is thrown"() {
        expect:
        jwts.publicKey(new JsonDocument(members)).isEmpty()

        where:
        problem                                  | members
        'is an RSA key without kid'              | publicMembers(rsa, [kid: null])
        'is an EC key without kid'               | publicMembers(p256, [kid: null])
        'has an empty kid'                       | publicMembers(p256, [kid: ''])
        'has a blank kid'                        | publicMembers(p256, [kid: '  '])
        'has a numeric kid'                      | publicMembers(p256, [kid: 42])
        'is a symmetric (oct) key'               | [kty: 'oct', kid: 'shared', k: encode('s' * 32)]
        'is an OKP (Ed25519) key'                | [kty: 'OKP', crv: 'Ed25519', kid: 'ed', x: encode(new byte[32])]
        'is a 1024-bit RSA key'                  | publicMembers(new RSAKey.Builder(weakRsa).keyID('weak').build())
        'is an RSA key naming ES256'             | publicMembers(rsa, [alg: 'ES256'])
        'is an RSA key naming HS256'             | publicMembers(rsa, [alg: 'HS256'])
        'is an RSA key naming RSA-OAEP-256'      | publicMembers(rsa, [alg: 'RSA-OAEP-256'])
        'is an RSA key naming none'              | publicMembers(rsa, [alg: 'none'])
        'is a P-256 key naming ES384'            | publicMembers(p256, [alg: 'ES384'])
        'is a P-384 key naming ES256'            | publicMembers(p384, [alg: 'ES256'])
        'is an EC key naming RS256'              | publicMembers(p256, [alg: 'RS256'])
        'is an EC key naming ECDH-ES'            | publicMembers(p256, [alg: 'ECDH-ES'])
        'has no kty'                             | publicMembers(p256, [kty: null])
        'has an unknown kty'                     | publicMembers(p256, [kty: 'FOO'])
        'has an unknown curve'                   | publicMembers(p256, [crv: 'P-999'])
        'has a point off its curve'              | publicMembers(p256, [x: publicMembers(otherP256).x])
        'has a modulus that is not base64url'    | publicMembers(rsa, [n: '!!not base64!!'])
        'has a numeric modulus'                  | publicMembers(rsa, [n: 12345])
        'has no exponent'                        | publicMembers(rsa, [e: null])
        'has an x that is a list'                | publicMembers(p256, [x: ['a']])
        'has a key_ops that is a string'         | publicMembers(p256, [key_ops: 'verify'])
        'is empty'                               | [:]
    }

    def "a 1024-bit RSA key whose modulus is padded with zero bytes is still refused"() {
        given:
        def modulus = weakRsa.modulus.toByteArray()
        def padded = new byte[256]
        System.arraycopy(modulus, 0, padded, 256 - modulus.length, modulus.length)
        assert new BigInteger(1, padded) == weakRsa.modulus
        def members = publicMembers(new RSAKey.Builder(weakRsa).keyID('padded').build(), [n: encode(padded)])

        expect:
        jwts.publicKey(new JsonDocument(members)).isEmpty()
    }
}
