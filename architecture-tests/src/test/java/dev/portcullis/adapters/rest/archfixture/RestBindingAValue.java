package dev.portcullis.adapters.rest.archfixture;

import io.micronaut.context.annotation.Value;

/** Binds configuration outside bootstrap, on a constructor parameter and nowhere else. */
public class RestBindingAValue {
    private final String issuer;

    public RestBindingAValue(@Value("${portcullis.issuer}") String issuer) {
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }
}
