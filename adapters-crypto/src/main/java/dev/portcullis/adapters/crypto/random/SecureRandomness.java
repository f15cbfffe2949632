package dev.portcullis.adapters.crypto.random;

import dev.portcullis.application.port.Randomness;

import java.security.SecureRandom;

/**
 * Random bytes from one shared {@link SecureRandom}, which is thread-safe. The JDK default is used on
 * purpose: on Linux it is {@code NativePRNG}, which reads the non-blocking {@code /dev/urandom}, so a token
 * request never waits for entropy; {@code SecureRandom.getInstanceStrong()} could block.
 */
public final class SecureRandomness implements Randomness {

    private final SecureRandom random;

    public SecureRandomness() {
        this.random = new SecureRandom();
    }

    /** {@code count} fresh random bytes; an empty array for zero. @throws IllegalArgumentException if negative */
    @Override
    public byte[] nextBytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a byte count is not negative: " + count);
        }
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
