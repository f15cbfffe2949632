package dev.portcullis.domain.grant;

import dev.portcullis.domain.error.OAuthException;

import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code prompt} parameter of an authentication request (OpenID Connect Core §3.1.2.1): a space-separated
 * set of {@code none}, {@code login}, {@code consent} and {@code select_account}.
 */
public record Prompt(Set<Value> values) {

    /** One prompt value. */
    public enum Value {
        /** Show no page at all: fail with login_required or consent_required instead. */
        NONE("none"),
        /** Authenticate again even with a login session. */
        LOGIN("login"),
        /** Ask for consent again even when it is remembered. */
        CONSENT("consent"),
        /** Let the user pick an account; the login app receives it and decides. */
        SELECT_ACCOUNT("select_account");

        private final String wireName;

        Value(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public static final Prompt UNSPECIFIED = new Prompt(Set.of());

    public Prompt {
        values = values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
        if (values.contains(Value.NONE) && values.size() > 1) {
            throw new IllegalArgumentException("prompt=none stands alone");
        }
    }

    /**
     * Parses the parameter; absent or empty is {@link #UNSPECIFIED}.
     *
     * @throws OAuthException {@code invalid_request} for an unknown value, a repeated value, or {@code none}
     * together with another value (OpenID Connect Core §3.1.2.1)
     */
    public static Prompt parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return UNSPECIFIED;
        }
        EnumSet<Value> values = EnumSet.noneOf(Value.class);
        for (String part : raw.split(" ", -1)) {
            Value value = valueOf(part);
            if (!values.add(value)) {
                throw OAuthException.invalidRequest("prompt names " + part + " twice");
            }
        }
        if (values.contains(Value.NONE) && values.size() > 1) {
            throw OAuthException.invalidRequest("prompt=none cannot be combined with another value");
        }
        return new Prompt(values);
    }

    private static Value valueOf(String wireName) {
        for (Value value : Value.values()) {
            if (value.wireName.equals(wireName)) {
                return value;
            }
        }
        throw OAuthException.invalidRequest("prompt has an unknown value: use none, login, consent or select_account");
    }

    public boolean has(Value value) {
        return values.contains(value);
    }

    /** The wire form, values in declaration order. */
    public String value() {
        return String.join(" ", values.stream().sorted().map(Value::wireName).toList());
    }
}
