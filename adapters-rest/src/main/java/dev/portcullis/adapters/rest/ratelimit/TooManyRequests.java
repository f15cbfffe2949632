package dev.portcullis.adapters.rest.ratelimit;

import dev.portcullis.adapters.rest.error.ErrorResponses;
import dev.portcullis.application.ratelimit.Admission;
import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * The refusal of a request over its limit: 429 (RFC 6585 §4) with {@code Retry-After} in seconds (RFC 9110
 * §10.2.3), the body in the shape of the surface that owns the route (RFC 6749's JSON on the OAuth endpoints).
 */
@Singleton
public final class TooManyRequests {

    private final ErrorResponses errors;

    TooManyRequests(ErrorResponses errors) {
        this.errors = errors;
    }

    MutableHttpResponse<?> refuse(HttpRequest<?> request, Admission.Refused refusal, String description) {
        return retryAfter(errors.of(request, new OAuthError(ErrorCode.TOO_MANY_REQUESTS, description)), refusal);
    }

    /** Adds {@code Retry-After} to any refusal, the login page's included. */
    public static MutableHttpResponse<?> retryAfter(MutableHttpResponse<?> response, Admission.Refused refusal) {
        return response.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
    }
}
