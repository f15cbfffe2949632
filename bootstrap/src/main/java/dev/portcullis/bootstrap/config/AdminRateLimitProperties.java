package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The admin APIs' rate limit per caller ({@code portcullis.rate-limits.admin.*}), on by default. 1000 a second is
 * far above what a login and consent app needs through its one token (about five admin calls per sign-in), and
 * keeps one runaway script from taking the whole server.
 *
 * @param perCaller requests a caller (a bearer token, or an address without one) may send per period, on every
 *                  surface's admin routes together; 1000 by default, 0 is off
 * @param period    the period, {@code 1s} by default
 */
@ConfigurationProperties("portcullis.rate-limits.admin")
public record AdminRateLimitProperties(@Bindable(defaultValue = "1000") long perCaller,
                                       @Bindable(defaultValue = "1s") Duration period) {
}
