package dev.portcullis.adapters.rest.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A request's {@code Authorization} header (RFC 9110 §11.6.2): an authentication scheme, matched without
 * regard to case, and the credentials after it. The one place that reads the header.
 */
public record AuthorizationHeader(String scheme, String credentials) {

    public AuthorizationHeader {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** The header of {@code request}; empty when it has none. */
    public static Optional<AuthorizationHeader> of(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        return Optional.of(space < 0
                ? new AuthorizationHeader(value, "")
                : new AuthorizationHeader(value.substring(0, space), value.substring(space + 1).strip()));
    }

    /** The credentials of an HTTP Basic header (RFC 7617), still base64-encoded. */
    public static Optional<String> basic(HttpRequest<?> request) {
        return of(request).filter(header -> header.is("Basic")).map(AuthorizationHeader::credentials);
    }

    /** The token of a Bearer header (RFC 6750 §2.1); empty without one. */
    public static Optional<String> bearer(HttpRequest<?> request) {
        return of(request).filter(header -> header.is("Bearer")).map(AuthorizationHeader::credentials);
    }

    public boolean is(String otherScheme) {
        return scheme.toLowerCase(Locale.ROOT).equals(otherScheme.toLowerCase(Locale.ROOT));
    }
}
