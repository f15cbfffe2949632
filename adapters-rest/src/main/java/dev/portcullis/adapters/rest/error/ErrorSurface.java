package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.OAuthError;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/**
 * How one API surface writes its errors: RFC 6749 JSON on the OAuth endpoints and the Hydra admin API, a
 * vendor's own body on that vendor's routes. The status always comes from {@link ErrorStatuses}; the surface
 * that owns a request's route chooses the body and any headers. Surfaces are beans; the one of lowest order that
 * owns a route answers for it.
 */
public interface ErrorSurface extends Ordered {

    /** Whether the route of {@code request} belongs to this surface. */
    boolean owns(HttpRequest<?> request);

    /** The body of an error with this status. */
    Object body(HttpStatus status, OAuthError error);

    /** The whole response: the status, the body, and the surface's headers (challenges, for one). */
    default MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, OAuthError error) {
        return HttpResponse.status(status).body(body(status, error));
    }
}
