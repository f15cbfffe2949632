package dev.portcullis.domain.key;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a key set. Two are the server's own ({@code access-token} signs access tokens,
 * {@code id-token} signs ID tokens); others are created through the admin API for the operator's use.
 */
public record KeySetName(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public static final KeySetName ACCESS_TOKEN = new KeySetName("access-token");
    public static final KeySetName ID_TOKEN = new KeySetName("id-token");

    public KeySetName {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a key set name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && ALLOWED.matcher(raw).matches();
    }

    /** Whether the public keys of this set are published at the JWKS endpoint. */
    public boolean isPublished() {
        return equals(ACCESS_TOKEN) || equals(ID_TOKEN);
    }

    @Override
    public String toString() {
        return value;
    }
}
