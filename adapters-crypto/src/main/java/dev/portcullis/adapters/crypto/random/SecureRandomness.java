package dev.portcullis.adapters.crypto.random;

import dev.portcullis.application.port.Randomness;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from a NIST SP 800-90A DRBG ({@code SecureRandom.getInstance("DRBG")}, Hash_DRBG with
 * SHA-256), one per thread. Each instance seeds itself from the operating system once and then generates in
 * memory: the JDK's default on Linux, {@code NativePRNG}, reads {@code /dev/urandom} under one global lock on
 * every call, which made concurrent token requests queue behind each other. A DRBG never blocks for entropy.
 */
public final class SecureRandomness implements Randomness {

    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandomness::drbg);

    /** {@code count} fresh random bytes; an empty array for zero. @throws IllegalArgumentException if negative */
    @Override
    public byte[] nextBytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a byte count is not negative: " + count);
        }
        byte[] bytes = new byte[count];
        random.get().nextBytes(bytes);
        return bytes;
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 9+ runtime has the DRBG SecureRandom", e);
        }
    }
}
