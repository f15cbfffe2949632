package dev.portcullis.adapters.rest.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;

/**
 * Responses that carry tokens, secrets, codes or challenges, or what they grant, must not be cached
 * (RFC 6749 §5.1, RFC 6750 §5.3); {@code Pragma} for HTTP/1.0 caches.
 */
public final class NoStore {

    private NoStore() {
    }

    public static <R extends MutableHttpResponse<?>> R apply(R response) {
        // Set, not added: a response that passes two filters which both forbid caching says so once.
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().set(HttpHeaders.PRAGMA, "no-cache");
        return response;
    }
}
