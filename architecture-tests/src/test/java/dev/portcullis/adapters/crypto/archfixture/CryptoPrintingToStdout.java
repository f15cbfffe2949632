package dev.portcullis.adapters.crypto.archfixture;

/** Writes to System.out. */
public class CryptoPrintingToStdout {
    void sign() {
        System.out.println("signed");
    }
}
