package dev.portcullis.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The built-in login page's rate limits ({@code portcullis.rate-limits.login.*}), on by default: password guessing
 * against one username, and from one address, is slowed down, and a username or address over its limit is refused
 * before a password's slow hash is run. Only failed sign-ins count, so that people who know their password, and test
 * suites that sign in again and again, are never refused.
 *
 * @param perUsername failed sign-ins per username per period; 10 by default, 0 is off
 * @param perIp       failed sign-ins per address per period; 100 by default (people behind one NAT share it), 0 is off
 * @param period      the period of both, {@code 1m} by default
 */
@ConfigurationProperties("portcullis.rate-limits.login")
public record LoginRateLimitProperties(@Bindable(defaultValue = "10") long perUsername,
                                       @Bindable(defaultValue = "100") long perIp,
                                       @Bindable(defaultValue = "1m") Duration period) {
}
