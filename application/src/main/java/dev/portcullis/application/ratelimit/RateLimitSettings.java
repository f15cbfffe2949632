package dev.portcullis.application.ratelimit;

import dev.portcullis.application.port.RateLimit;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The configured limit of each throttle; a throttle without one is off. */
public record RateLimitSettings(Map<Throttle, RateLimit> limits) {

    public RateLimitSettings {
        Objects.requireNonNull(limits, "limits");
        Map<Throttle, RateLimit> copy = new EnumMap<>(Throttle.class);
        copy.putAll(limits);
        limits = Map.copyOf(copy);
    }

    public RateLimit limit(Throttle throttle) {
        return limits.getOrDefault(throttle, RateLimit.OFF);
    }
}
