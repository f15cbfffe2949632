package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.OAuthError;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Answers an error on a request in the shape of the surface its route belongs to. */
@Singleton
public final class ErrorResponses {

    private final List<ErrorSurface> surfaces;

    ErrorResponses(List<ErrorSurface> surfaces) {
        List<ErrorSurface> ordered = new ArrayList<>(surfaces);
        OrderUtil.sort(ordered);
        this.surfaces = List.copyOf(ordered);
    }

    /** The error with the status {@link ErrorStatuses} gives its code. */
    public MutableHttpResponse<?> of(HttpRequest<?> request, OAuthError error) {
        return of(request, ErrorStatuses.of(error.code()), error);
    }

    public MutableHttpResponse<?> of(HttpRequest<?> request, HttpStatus status, OAuthError error) {
        return surfaceOf(request).render(request, status, error);
    }

    ErrorSurface surfaceOf(HttpRequest<?> request) {
        for (ErrorSurface surface : surfaces) {
            if (surface.owns(request)) {
                return surface;
            }
        }
        throw new IllegalStateException("no error surface owns " + request.getPath());
    }
}
