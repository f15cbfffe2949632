package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.OAuthException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Renders the core's {@link OAuthException} as RFC 6749 error JSON with the status of {@link ErrorStatuses}. */
@Produces
@Singleton
final class OAuthExceptionHandler implements ExceptionHandler<OAuthException, HttpResponse<OAuthErrorBody>> {

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<OAuthErrorBody> handle(HttpRequest request, OAuthException exception) {
        return HttpResponse.<OAuthErrorBody>status(ErrorStatuses.of(exception.error().code()))
                .body(OAuthErrorBody.from(exception.error()));
    }
}
