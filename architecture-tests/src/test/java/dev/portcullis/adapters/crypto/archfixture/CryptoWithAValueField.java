package dev.portcullis.adapters.crypto.archfixture;

import io.micronaut.context.annotation.Value;

/** Binds configuration outside bootstrap, on a field. */
public class CryptoWithAValueField {
    @Value("${portcullis.crypto.native-provider}")
    private String nativeProvider;
}
