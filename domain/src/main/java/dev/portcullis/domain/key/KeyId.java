package dev.portcullis.domain.key;

import java.util.Objects;
import java.util.regex.Pattern;

/** A key's {@code kid}, unique within its set. */
public record KeyId(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    public KeyId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a kid is 1 to 128 letters, digits, '.', '_' or '-'");
        }
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && ALLOWED.matcher(raw).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
