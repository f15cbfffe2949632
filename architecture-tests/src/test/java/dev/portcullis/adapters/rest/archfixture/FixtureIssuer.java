package dev.portcullis.adapters.rest.archfixture;

import io.micronaut.context.annotation.Value;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds configuration outside bootstrap: an annotation that carries {@code @Value}. */
@Value("${portcullis.issuer}")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface FixtureIssuer {
}
