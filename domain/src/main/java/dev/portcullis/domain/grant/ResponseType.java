package dev.portcullis.domain.grant;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code response_type}: a set of space-separated values whose order does not matter
 * (RFC 6749 §3.1.1, OAuth 2.0 Multiple Response Type Encoding Practices). Open, like {@link GrantType}.
 */
public record ResponseType(Set<String> values) {

    public static final String CODE_VALUE = "code";
    public static final String TOKEN_VALUE = "token";
    public static final String ID_TOKEN_VALUE = "id_token";

    public static final ResponseType CODE = new ResponseType(Set.of(CODE_VALUE));
    /** OpenID Connect's implicit flow with an ID token only (OIDC Core §3.2). */
    public static final ResponseType ID_TOKEN = new ResponseType(Set.of(ID_TOKEN_VALUE));
    /** OpenID Connect's implicit flow with an ID token and an access token (OIDC Core §3.2). */
    public static final ResponseType ID_TOKEN_TOKEN = new ResponseType(Set.of(ID_TOKEN_VALUE, TOKEN_VALUE));

    public ResponseType {
        values = Set.copyOf(values);
        if (values.isEmpty() || values.stream().anyMatch(v -> v.isEmpty() || !v.chars().allMatch(ResponseType::isNameChar))) {
            throw new IllegalArgumentException("a response type is one or more names");
        }
    }

    /** Parses the space-separated form; empty when {@code raw} is not a well-formed response type. */
    public static java.util.Optional<ResponseType> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.Optional.empty();
        }
        String[] parts = raw.split(" ", -1);
        Set<String> values = new LinkedHashSet<>(Arrays.asList(parts));
        if (values.size() != parts.length || values.stream().anyMatch(v -> v.isEmpty() || !v.chars().allMatch(ResponseType::isNameChar))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ResponseType(values));
    }

    public boolean contains(String value) {
        return values.contains(value);
    }

    /** The wire form, values in a stable (sorted) order. */
    public String value() {
        return values.stream().sorted().collect(Collectors.joining(" "));
    }

    private static boolean isNameChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    }

    @Override
    public String toString() {
        return value();
    }
}
