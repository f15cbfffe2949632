package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The token endpoints' rate limit per client ({@code portcullis.rate-limits.token.*}), off by default: a client's
 * tokens are its own business, and the check costs every token request a bucket lookup (a database transaction on
 * PostgreSQL).
 *
 * @param perClient requests a client may send per period, on all token paths together; 0 (the default) is off
 * @param period    the period, {@code 1s} by default
 */
@ConfigurationProperties("portcullis.rate-limits.token")
public record TokenRateLimitProperties(@Bindable(defaultValue = "0") long perClient,
                                       @Bindable(defaultValue = "1s") Duration period) {
}
