package dev.portcullis.adapters.crypto.hash;

import dev.portcullis.application.port.Randomness;
import dev.portcullis.application.port.SecretHasher;
import dev.portcullis.domain.client.ClientSecret;
import dev.portcullis.domain.client.HashedSecret;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * Hashes client secrets with the JDK's own crypto, choosing the scheme by where the secret came from.
 *
 * <ul>
 *   <li>A <em>generated</em> secret carries 256 bits of randomness, so nobody can guess it offline and a slow
 *       hash would only make every token request slower. It is stored as
 *       {@code $hmac-sha256$<base64url(HMAC-SHA256(pepper, secret))>}: keyed with the server-wide pepper, so a
 *       leaked table alone cannot even be checked against a candidate, and unsalted because the secret is
 *       already unique.</li>
 *   <li>A <em>chosen</em> secret may be as weak as a password, so it gets a salted, deliberately slow hash:
 *       {@code $pbkdf2-sha256$i=<iterations>$<base64url 16-byte salt>$<base64url 32-byte key>}
 *       (PBKDF2WithHmacSHA256, {@link #DEFAULT_PBKDF2_ITERATIONS} by OWASP guidance).</li>
 * </ul>
 *
 * <p>{@link #verify} dispatches on the scheme prefix of the stored hash and reads the iteration count from it,
 * so raising the configured count later keeps old hashes valid. It compares in constant time and answers
 * {@code false}, never an exception, for an unknown scheme, a malformed encoding, an iteration count outside
 * 1 to {@value #MAX_PBKDF2_ITERATIONS} (a tampered row must not buy an attacker minutes of CPU) and a
 * missing, empty or over-long presented secret. Thread-safe.
 */
public final class JdkSecretHasher implements SecretHasher {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_PBKDF2_ITERATIONS = 600_000;
    public static final int MIN_PEPPER_BYTES = 32;
    public static final int MAX_PBKDF2_ITERATIONS = 10_000_000;

    private static final String HMAC_PREFIX = "$hmac-sha256$";
    private static final String PBKDF2_PREFIX = "$pbkdf2-sha256$";
    private static final String ITERATIONS_PREFIX = "i=";
    private static final String HMAC_ALGORITHM = "HmacSHA256";
    private static final String PBKDF2_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec pepper;
    private final int pbkdf2Iterations;
    private final Randomness randomness;

    /**
     * @param pepper           a server-wide key derived from the system secret, at least {@link #MIN_PEPPER_BYTES}
     *                         bytes; copied. Changing it invalidates every stored generated-secret hash.
     * @param pbkdf2Iterations the PBKDF2 iteration count for new hashes of chosen secrets, 1 to
     *                         {@value #MAX_PBKDF2_ITERATIONS}; production passes {@link #DEFAULT_PBKDF2_ITERATIONS}
     * @param randomness       the source of PBKDF2 salts
     * @throws IllegalArgumentException when the pepper is too short or the iteration count out of range
     */
    public JdkSecretHasher(byte[] pepper, int pbkdf2Iterations, Randomness randomness) {
        Objects.requireNonNull(pepper, "pepper");
        if (pepper.length < MIN_PEPPER_BYTES) {
            throw new IllegalArgumentException("the pepper needs at least " + MIN_PEPPER_BYTES + " bytes");
        }
        if (!acceptableIterations(pbkdf2Iterations)) {
            throw new IllegalArgumentException("PBKDF2 iterations must be 1 to " + MAX_PBKDF2_ITERATIONS);
        }
        this.pepper = new SecretKeySpec(pepper, HMAC_ALGORITHM);
        this.pbkdf2Iterations = pbkdf2Iterations;
        this.randomness = Objects.requireNonNull(randomness, "randomness");
        requireAlgorithms();
    }

    @Override
    public HashedSecret hash(ClientSecret secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.generated()) {
            return new HashedSecret(HMAC_PREFIX + BASE64URL.encodeToString(hmac(secret.value())));
        }
        byte[] salt = randomness.nextBytes(SALT_BYTES);
        byte[] key = pbkdf2(secret.value(), salt, pbkdf2Iterations);
        return new HashedSecret(PBKDF2_PREFIX + ITERATIONS_PREFIX + pbkdf2Iterations
                + '$' + BASE64URL.encodeToString(salt) + '$' + BASE64URL.encodeToString(key));
    }

    @Override
    public boolean isSlow(HashedSecret stored) {
        return stored.encoded().startsWith(PBKDF2_PREFIX);
    }

    @Override
    public boolean verify(String presented, HashedSecret stored) {
        Objects.requireNonNull(stored, "stored");
        // No secret we hashed is empty or longer than ClientSecret allows; refusing early also caps PBKDF2 input.
        if (presented == null || presented.isEmpty() || presented.length() > ClientSecret.MAX_LENGTH) {
            return false;
        }
        String encoded = stored.encoded();
        if (encoded.startsWith(HMAC_PREFIX)) {
            return verifyHmac(presented, encoded.substring(HMAC_PREFIX.length()));
        }
        if (encoded.startsWith(PBKDF2_PREFIX)) {
            return verifyPbkdf2(presented, encoded.substring(PBKDF2_PREFIX.length()));
        }
        return false;
    }

    private boolean verifyHmac(String presented, String digest) {
        byte[] expected = decode(digest);
        return expected != null && expected.length == KEY_BYTES && MessageDigest.isEqual(hmac(presented), expected);
    }

    private boolean verifyPbkdf2(String presented, String parameters) {
        String[] parts = parameters.split("\\$", -1);
        if (parts.length != 3 || !parts[0].startsWith(ITERATIONS_PREFIX)) {
            return false;
        }
        int iterations = parseIterations(parts[0].substring(ITERATIONS_PREFIX.length()));
        byte[] salt = decode(parts[1]);
        byte[] expected = decode(parts[2]);
        if (!acceptableIterations(iterations) || salt == null || salt.length != SALT_BYTES
                || expected == null || expected.length != KEY_BYTES) {
            return false;
        }
        return MessageDigest.isEqual(pbkdf2(presented, salt, iterations), expected);
    }

    /** The count, or -1 unless the text is plain decimal digits; {@code Integer.parseInt} alone would take "+5". */
    private static int parseIterations(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    private static boolean acceptableIterations(int iterations) {
        return iterations >= 1 && iterations <= MAX_PBKDF2_ITERATIONS;
    }

    private static byte[] decode(String base64url) {
        if (base64url.isEmpty()) {
            return null;
        }
        try {
            return BASE64URL_DECODER.decode(base64url);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    // Mac and SecretKeyFactory instances are not thread-safe, so each call takes fresh ones.
    private byte[] hmac(String secret) {
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(pepper);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    private static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, KEY_BYTES * Byte.SIZE);
        try {
            return SecretKeyFactory.getInstance(PBKDF2_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 failed", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Fails at startup rather than at the first client authentication when the JDK lacks an algorithm. */
    private static void requireAlgorithms() {
        try {
            Mac.getInstance(HMAC_ALGORITHM);
            SecretKeyFactory.getInstance(PBKDF2_ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + HMAC_ALGORITHM + " or " + PBKDF2_ALGORITHM, e);
        }
    }
}
