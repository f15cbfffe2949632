package dev.portcullis.application.key;

/** Makes sure the server can sign: run at start-up. */
public interface EnsureSigningKeysUseCase {

    /** Generates a key for each token-signing set that has none. @return how many keys were generated */
    int ensure();
}
