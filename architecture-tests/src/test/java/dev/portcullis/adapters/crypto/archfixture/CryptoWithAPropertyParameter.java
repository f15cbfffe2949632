package dev.portcullis.adapters.crypto.archfixture;

import io.micronaut.context.annotation.Property;

/** Binds configuration outside bootstrap, on a method parameter. */
public class CryptoWithAPropertyParameter {
    String iterations(@Property(name = "portcullis.secrets.pbkdf2-iterations") String iterations) {
        return iterations;
    }
}
