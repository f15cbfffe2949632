package dev.portcullis.domain.client;

import java.util.Arrays;
import java.util.Optional;

/** How a client's access tokens are encoded: RFC 9068 JWTs or opaque random strings. */
public enum AccessTokenStrategy {
    JWT("jwt"),
    OPAQUE("opaque");

    private final String wireName;

    AccessTokenStrategy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AccessTokenStrategy> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
