package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.OAuthException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders the core's {@link OAuthException} with the status of {@link ErrorStatuses}, in the route's surface's shape. */
@Produces
@Singleton
final class OAuthExceptionHandler implements ExceptionHandler<OAuthException, HttpResponse<?>> {

    private final ErrorResponses errors;

    OAuthExceptionHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, OAuthException exception) {
        return errors.of(request, exception.error());
    }
}
