package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The admin API's client ({@code portcullis.admin.*}, or {@code PORTCULLIS_ADMIN_CLIENT_ID} /
 * {@code PORTCULLIS_ADMIN_CLIENT_SECRET}). Without a secret, a client with a generated secret is created on
 * first start and the secret is logged once.
 */
@ConfigurationProperties("portcullis.admin")
public record AdminClientProperties(@Bindable(defaultValue = "portcullis-admin") String clientId,
                                    @Nullable String clientSecret) {
}
