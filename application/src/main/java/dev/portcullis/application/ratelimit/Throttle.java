package dev.portcullis.application.ratelimit;

/** What a rate limit counts, each with its own buckets and its own configured limit. */
public enum Throttle {

    /** Token requests per client, by the {@code client_id} presented, before the client is authenticated. */
    TOKEN_PER_CLIENT("token-client"),
    /** Admin API requests per caller: per bearer token, or per remote address for requests without one. */
    ADMIN_PER_CALLER("admin-caller"),
    /** Failed sign-ins on the built-in login page per username typed. */
    LOGIN_PER_USERNAME("login-username"),
    /** Failed sign-ins on the built-in login page per remote address. */
    LOGIN_PER_IP("login-ip");

    private final String keyPrefix;

    Throttle(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** Starts the names of this throttle's buckets, so that two throttles never share one. */
    String keyPrefix() {
        return keyPrefix;
    }
}
