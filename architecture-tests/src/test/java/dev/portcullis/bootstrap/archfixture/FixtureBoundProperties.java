package dev.portcullis.bootstrap.archfixture;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Value;

/** Compliant: bootstrap binds configuration, on the class and on a constructor parameter. */
@ConfigurationProperties("portcullis.fixture")
public class FixtureBoundProperties {
    private final String issuer;

    public FixtureBoundProperties(@Value("${portcullis.issuer}") String issuer) {
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }
}
