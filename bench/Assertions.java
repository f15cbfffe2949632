import java.io.BufferedWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs the JWT assertions the jwt-bearer scenario of bench/grants.sh posts, one per request: a fresh P-256 key,
 * its public JWK written to {@code <out>.jwk}, and {@code count} ES256 assertions from {@code issuer} for
 * {@code subject} to {@code audience}, each with its own jti, valid for the next 50 minutes, one per line of
 * {@code <out>}. Plain JDK: {@code java bench/Assertions.java COUNT OUT ISSUER SUBJECT AUDIENCE}.
 */
public final class Assertions {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        String issuer = args[2], subject = args[3], audience = args[4];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        Files.writeString(Path.of(args[1] + ".jwk"), String.format(
                "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"bench-key\",\"x\":\"%s\",\"y\":\"%s\"}",
                coordinate(key.getW().getAffineX()), coordinate(key.getW().getAffineY())));
        String header = b64("{\"alg\":\"ES256\",\"kid\":\"bench-key\",\"typ\":\"JWT\"}");
        long now = System.currentTimeMillis() / 1000;
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        try (BufferedWriter lines = Files.newBufferedWriter(out, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < count; i++) {
                String claims = b64(String.format(
                        "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"%s\",\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}",
                        issuer, subject, audience, now, now + 3000, UUID.randomUUID()));
                String input = header + "." + claims;
                signer.initSign(pair.getPrivate());
                signer.update(input.getBytes(StandardCharsets.US_ASCII));
                lines.write(input + "." + B64.encodeToString(signer.sign()));
                lines.newLine();
            }
        }
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A coordinate as JWK wants it: unsigned, big-endian, exactly 32 bytes. */
    private static String coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return B64.encodeToString(fixed);
    }
}
