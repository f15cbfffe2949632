package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * The jwt-bearer grant, RFC 7523 ({@code portcullis.grants.jwt-bearer.*}); {@code enabled} is read where the
 * handler is made.
 *
 * @param audiences   audiences an assertion may name besides the token endpoint's URL and the issuer (a Box-style
 *                    deployment lists {@code https://api.box.com/oauth2/token}, which Box's SDK always names)
 * @param maxLifetime the longest an assertion may live, from {@code iat} to {@code exp}
 */
@ConfigurationProperties("portcullis.grants.jwt-bearer")
public record JwtBearerProperties(@Bindable(defaultValue = "") List<String> audiences,
                                  @Bindable(defaultValue = "1h") Duration maxLifetime) {

    public JwtBearerProperties {
        audiences = audiences == null ? List.of() : audiences.stream().filter(a -> !a.isBlank()).toList();
    }
}
