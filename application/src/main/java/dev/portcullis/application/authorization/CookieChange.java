package dev.portcullis.application.authorization;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A cookie the browser must set or forget. How it is scoped and protected ({@code HttpOnly},
 * {@code SameSite}, {@code Secure}) is the inbound adapter's business.
 *
 * @param value  the new value; empty to delete the cookie
 * @param maxAge how long the browser keeps it; empty for the browser session
 */
public record CookieChange(String name, Optional<String> value, Optional<Duration> maxAge) {

    /** The login session cookie. */
    public static final String SESSION = "portcullis_session";
    /**
     * The CSRF cookie that binds a browser to its flows: one per browser, reused by every flow it starts, so that
     * a page cannot flood the browser with cookies by starting many flows.
     */
    public static final String CSRF = "portcullis_csrf";

    public CookieChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(maxAge, "maxAge");
    }

    public static CookieChange set(String name, String value, Optional<Duration> maxAge) {
        return new CookieChange(name, Optional.of(value), maxAge);
    }

    public static CookieChange delete(String name) {
        return new CookieChange(name, Optional.empty(), Optional.of(Duration.ZERO));
    }
}
