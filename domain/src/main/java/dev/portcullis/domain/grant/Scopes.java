package dev.portcullis.domain.grant;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthException;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A set of scope tokens (RFC 6749 §3.3), kept in the order first given. */
public record Scopes(Set<String> values) {

    public static final Scopes NONE = new Scopes(Set.of());

    /** OIDC Core §3.1.2.1: the scope that makes a request an OpenID Connect request. */
    public static final String OPENID = "openid";
    /** OIDC Core §11: the scope that asks for a refresh token; ORY Hydra also takes {@code offline}. */
    public static final String OFFLINE_ACCESS = "offline_access";
    public static final String OFFLINE = "offline";

    public Scopes {
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String value : values) {
            if (!isScopeToken(value)) {
                throw new IllegalArgumentException("scope tokens are non-empty NQCHAR sequences");
            }
            copy.add(value);
        }
        values = Collections.unmodifiableSet(copy);
    }

    public static Scopes of(Collection<String> values) {
        return new Scopes(new LinkedHashSet<>(values));
    }

    /**
     * Parses a space-separated scope string from untrusted input. Empty or absent input is no scope.
     *
     * @throws OAuthException with {@code errorCode} when a token holds a character outside NQCHAR or
     *                        tokens are separated by anything but single spaces
     */
    public static Scopes parse(String raw, ErrorCode errorCode, String parameter) {
        if (raw == null || raw.isEmpty()) {
            return NONE;
        }
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String token : raw.split(" ", -1)) {
            if (!isScopeToken(token)) {
                throw new OAuthException(errorCode, parameter + " must be scope tokens separated by single spaces");
            }
            values.add(token);
        }
        return new Scopes(values);
    }

    // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
    public static boolean isScopeToken(String token) {
        return token != null && !token.isEmpty()
                && token.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E));
    }

    public boolean containsAll(Scopes other) {
        return values.containsAll(other.values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether these scopes make an OpenID Connect request, whose tokens include an ID token. */
    public boolean includesOpenId() {
        return values.contains(OPENID);
    }

    /** Whether a grant of these scopes yields a refresh token: {@code offline_access}, or Hydra's {@code offline}. */
    public boolean grantsRefreshToken() {
        return values.contains(OFFLINE_ACCESS) || values.contains(OFFLINE);
    }

    /** The space-separated wire form. */
    public String value() {
        return String.join(" ", values);
    }

    @Override
    public String toString() {
        return value();
    }
}
