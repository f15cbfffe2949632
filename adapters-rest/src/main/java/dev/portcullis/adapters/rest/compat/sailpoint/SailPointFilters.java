package dev.portcullis.adapters.rest.compat.sailpoint;

import dev.portcullis.domain.client.LastUseFilter;
import dev.portcullis.domain.error.OAuthException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code filters} parameter of SailPoint's standard collection parameters, as far as its OAuth clients list
 * supports it: {@code lastUsed le <date-time>} and {@code lastUsed isnull}, joined by {@code and}
 * ({@code lastUsed le 2023-02-05T10:59:27.214Z}). Anything else is refused and the answer says what is supported.
 */
final class SailPointFilters {

    static final String SUPPORTED = "filters supports lastUsed with le (an ISO-8601 date-time) and isnull, joined by and,"
            + " as in 'lastUsed le 2023-02-05T10:59:27.214Z' or 'lastUsed isnull'";

    private SailPointFilters() {
    }

    /** @throws OAuthException {@code invalid_request} for any other field, operator or syntax */
    static LastUseFilter parse(Optional<String> filters) {
        if (filters.isEmpty() || filters.get().isBlank()) {
            return LastUseFilter.ANY;
        }
        List<String> tokens = List.of(filters.get().trim().split("\\s+"));
        boolean neverUsed = false;
        Optional<Instant> atOrBefore = Optional.empty();
        int i = 0;
        while (true) {
            if (i + 1 >= tokens.size() || !tokens.get(i).equals("lastUsed")) {
                throw unsupported();
            }
            String operator = tokens.get(i + 1).toLowerCase(Locale.ROOT);
            if (operator.equals("isnull")) {
                neverUsed = true;
                i += 2;
            } else if (operator.equals("le") && i + 2 < tokens.size()) {
                Instant limit = instant(tokens.get(i + 2));
                atOrBefore = Optional.of(atOrBefore.filter(earlier -> earlier.isBefore(limit)).orElse(limit));
                i += 3;
            } else {
                throw unsupported();
            }
            if (i == tokens.size()) {
                return new LastUseFilter(neverUsed, atOrBefore);
            }
            if (!tokens.get(i).equalsIgnoreCase("and")) {
                throw unsupported();
            }
            i++;
        }
    }

    private static Instant instant(String token) {
        String value = token.length() > 1 && token.startsWith("\"") && token.endsWith("\"")
                ? token.substring(1, token.length() - 1) : token;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw OAuthException.invalidRequest("lastUsed le needs an ISO-8601 date-time: " + SUPPORTED);
        }
    }

    private static OAuthException unsupported() {
        return OAuthException.invalidRequest(SUPPORTED);
    }
}
