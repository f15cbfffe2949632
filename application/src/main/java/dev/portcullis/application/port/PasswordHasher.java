package dev.portcullis.application.port;

/**
 * Hashes user passwords with a slow, salted password hash whose encoding names its scheme and cost, so that a
 * hash written into configuration on one server verifies on any other (no server-side key is involved).
 */
public interface PasswordHasher {

    String hash(String password);

    /** Whether {@code password} matches {@code encoded}; false, never an exception, for a malformed hash. */
    boolean verify(String password, String encoded);

    /** Whether {@code encoded} is a hash this hasher can verify. */
    boolean isWellFormed(String encoded);
}
