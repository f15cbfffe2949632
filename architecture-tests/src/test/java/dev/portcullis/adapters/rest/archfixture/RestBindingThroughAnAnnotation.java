package dev.portcullis.adapters.rest.archfixture;

/** Binds configuration outside bootstrap through an annotation that carries {@code @Value}. */
public class RestBindingThroughAnAnnotation {
    private final String issuer;

    public RestBindingThroughAnAnnotation(@FixtureIssuer String issuer) {
        this.issuer = issuer;
    }

    String issuer() {
        return issuer;
    }
}
