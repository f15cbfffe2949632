package dev.portcullis.application.archfixture;

import java.security.SecureRandom;

/** Creates secrets in the core instead of asking the randomness port. */
public class ApplicationCreatingSecureRandom {
    byte[] secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
