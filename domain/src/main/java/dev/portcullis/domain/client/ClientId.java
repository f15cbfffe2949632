package dev.portcullis.domain.client;

import dev.portcullis.domain.error.OAuthException;

import java.util.Objects;

/**
 * A {@code client_id}. RFC 6749 Appendix A.1 allows any VSCHAR; this server also refuses space and the
 * characters that change a URL's structure ({@code / ? # % \ "}), so that an id is always usable as a path
 * segment and in HTTP Basic credentials.
 */
public record ClientId(String value) {

    public static final int MAX_LENGTH = 255;

    public ClientId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("malformed client_id");
        }
    }

    /** Parses an id from untrusted input. @throws OAuthException {@code invalid_client_metadata} */
    public static ClientId parse(String raw) {
        if (!isWellFormed(raw)) {
            throw OAuthException.invalidClientMetadata(
                    "client_id must be 1 to " + MAX_LENGTH + " printable ASCII characters without space, '/', '?', '#', '%', '\\' or '\"'");
        }
        return new ClientId(raw);
    }

    public static boolean isWellFormed(String raw) {
        return raw != null && !raw.isEmpty() && raw.length() <= MAX_LENGTH
                && raw.chars().allMatch(c -> c > 0x20 && c < 0x7F && "/?#%\\\"".indexOf(c) < 0);
    }

    @Override
    public String toString() {
        return value;
    }
}
