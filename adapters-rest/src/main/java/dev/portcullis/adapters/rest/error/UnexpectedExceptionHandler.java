package dev.portcullis.adapters.rest.error;

import dev.portcullis.domain.error.ErrorCode;
import dev.portcullis.domain.error.OAuthError;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a failure nobody expected becomes {@code server_error} with a generic description, and
 * its stack trace is logged once, here.
 */
@Produces
@Singleton
final class UnexpectedExceptionHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);
    private static final OAuthError FAILED = new OAuthError(ErrorCode.SERVER_ERROR, "the server failed to handle the request");

    private final ErrorResponses errors;

    UnexpectedExceptionHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        LOG.error("Unexpected failure on {} {}", request.getMethodName(), request.getPath(), exception);
        return errors.of(request, HttpStatus.INTERNAL_SERVER_ERROR, FAILED);
    }
}
