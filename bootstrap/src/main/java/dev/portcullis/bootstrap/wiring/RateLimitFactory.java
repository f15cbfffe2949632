package dev.portcullis.bootstrap.wiring;

import dev.portcullis.application.port.RateLimit;
import dev.portcullis.application.port.RequestBuckets;
import dev.portcullis.application.port.TokenDigest;
import dev.portcullis.application.ratelimit.RateLimitService;
import dev.portcullis.application.ratelimit.RateLimitSettings;
import dev.portcullis.application.ratelimit.Throttle;
import dev.portcullis.bootstrap.config.AdminRateLimitProperties;
import dev.portcullis.bootstrap.config.LoginRateLimitProperties;
import dev.portcullis.bootstrap.config.TokenRateLimitProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The rate limits of the token endpoints, the admin APIs and the login page, counted in the storage's buckets. */
@Factory
final class RateLimitFactory {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitFactory.class);

    @Singleton
    RateLimitSettings rateLimitSettings(TokenRateLimitProperties token, AdminRateLimitProperties admin,
                                        LoginRateLimitProperties login) {
        Map<Throttle, RateLimit> limits = new EnumMap<>(Throttle.class);
        limits.put(Throttle.TOKEN_PER_CLIENT, limit("token.per-client", token.perClient(), "token.period", token.period()));
        limits.put(Throttle.ADMIN_PER_CALLER, limit("admin.per-caller", admin.perCaller(), "admin.period", admin.period()));
        limits.put(Throttle.LOGIN_PER_USERNAME, limit("login.per-username", login.perUsername(), "login.period", login.period()));
        limits.put(Throttle.LOGIN_PER_IP, limit("login.per-ip", login.perIp(), "login.period", login.period()));
        limits.forEach((throttle, limit) -> LOG.info("rate limit {}: {}", throttle,
                limit.isOff() ? "off" : limit.requests() + " per " + limit.period()));
        return new RateLimitSettings(limits);
    }

    /** Both rate limit use cases: counting a request, and looking into its bucket without counting it. */
    @Singleton
    RateLimitService rateLimits(RateLimitSettings settings, RequestBuckets buckets, TokenDigest digest) {
        return new RateLimitService(settings, buckets, digest);
    }

    private static RateLimit limit(String requestsKey, long requests, String periodKey, Duration period) {
        try {
            return new RateLimit(requests, period);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("portcullis.rate-limits." + requestsKey + " must be 0 (off) or more, and portcullis.rate-limits."
                    + periodKey + " a positive duration");
        }
    }
}
