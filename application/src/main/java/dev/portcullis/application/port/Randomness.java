package dev.portcullis.application.port;

/** Cryptographically strong random bytes. */
public interface Randomness {

    /** {@code count} fresh random bytes. */
    byte[] nextBytes(int count);
}
