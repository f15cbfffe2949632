package dev.portcullis.application.authorization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request a browser sent to the authorization or logout endpoint: its parameters (the first value of each),
 * the names of those that were repeated (an error, RFC 6749 §3.1), its cookies and its URL.
 */
public record BrowserRequest(Map<String, String> parameters, Set<String> repeated, Map<String, String> cookies,
                             String url) {

    public BrowserRequest {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        repeated = Set.copyOf(repeated);
        cookies = Collections.unmodifiableMap(new LinkedHashMap<>(cookies));
        Objects.requireNonNull(url, "url");
    }

    /** A parameter, empty when absent or empty (RFC 6749 §3.1: empty parameters count as omitted). */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isEmpty());
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name)).filter(value -> !value.isEmpty());
    }
}
