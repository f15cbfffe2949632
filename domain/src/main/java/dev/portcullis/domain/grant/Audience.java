package dev.portcullis.domain.grant;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The audiences a token is meant for (its {@code aud}, RFC 7519 §4.1.3), or that a client is registered to
 * ask for: non-empty values without whitespace, kept in the order first given. Requested as a space-separated
 * {@code audience} parameter, the way ORY Hydra takes it.
 */
public record Audience(Set<String> values) {

    public static final Audience NONE = new Audience(Set.of());

    public Audience {
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String value : values) {
            if (!isAudienceValue(value)) {
                throw new IllegalArgumentException("an audience is a non-empty value without whitespace");
            }
            copy.add(value);
        }
        values = Collections.unmodifiableSet(copy);
    }

    public static Audience of(Collection<String> values) {
        return new Audience(new LinkedHashSet<>(values));
    }

    /**
     * Audiences from untrusted input, one per element.
     *
     * @throws OAuthException with {@code errorCode}, naming {@code field}, for an empty value or one with whitespace
     */
    public static Audience of(Collection<String> values, ErrorCode errorCode, String field) {
        for (String value : values) {
            if (!isAudienceValue(value)) {
                throw new OAuthException(errorCode, field + " must hold non-empty values without whitespace");
            }
        }
        return of(values);
    }

    /** The space-separated form of a request parameter; absent or empty is no audience, runs of spaces separate. */
    public static Audience parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String value : raw.split(" ")) {
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        try {
            return new Audience(values);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("audience must be values separated by spaces");
        }
    }

    private static boolean isAudienceValue(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean containsAll(Audience other) {
        return values.containsAll(other.values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The space-separated form. */
    public String value() {
        return String.join(" ", values);
    }

    @Override
    public String toString() {
        return value();
    }
}
